// ctnn-report: the report of any network of ctnn's zoo, from the command line.
//
//   ctnn-report resnet50 --format markdown --depth 1 --dtype int8
//   ctnn-report resnet50 --format plan                     # where every tensor lives in the arena
//   ctnn-report resnet50 --format c-header --dtype int8 --bias-dtype int32 > resnet50_plan.h
//   ctnn-report --list
//
// Every number is a compile-time constant of this program: it answers at once. The command line
// is ctnn::report_main's (tools/include/ctnn/cli/report_main.hpp), which a program of yours can
// have for its own networks.
#include <boost/hana/unpack.hpp>

#include <ctnn/cli/report_main.hpp>
#include <ctnn/models/zoo.hpp>

int main(int argc, char** argv) {
    return boost::hana::unpack(ctnn::models::zoo, [&](auto... model) {
        return ctnn::report_main<typename decltype(model)::type...>(
            argc, argv,
            {.program = "ctnn-report",
             .description = "The layer-by-layer report of a network of ctnn's zoo: its shapes, "
                            "parameters, operations, memory and receptive fields, every number "
                            "computed by the compiler; or its arena plan, as text, SVG or a C "
                            "header."});
    });
}

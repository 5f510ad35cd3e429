// ctnn-report: the report of any network of ctnn's zoo, from the command line.
//
//   ctnn-report resnet50 --format markdown --depth 1 --dtype int8
//   ctnn-report --list
//
// Every number is a compile-time constant of this program: it answers at once.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/ctnn.hpp>
#include <ctnn/models/zoo.hpp>

namespace {

constexpr std::string_view usage = R"(usage: ctnn-report <model> [options]
       ctnn-report --list

The layer-by-layer report of a network of ctnn's zoo.

options:
  --format F    table (default), box, markdown, csv, json or dot
  --depth D     nesting depth shown: 0 for the network's own layers, 1 (default) for
                their children too, ..., or all
  --dtype T     element type of the memory figures: float32 (default), float16, bfloat16,
                int8, uint8, float64, or a number of bytes per value
  --columns C   comma-separated columns to show (default: all): output, activations,
                weights, biases, params, non-trainable, macs, live, field
  --list        the models, with their parameters and multiply-accumulates
  --help        this text
)";

struct Settings {
    std::string model;
    std::string format = "table";
    ctnn::ReportOptions options{.depth = 1};
    std::string element;
};

[[noreturn]] void fail(const std::string& message) {
    std::cerr << "ctnn-report: " << message << "\n(ctnn-report --help shows the options)\n";
    std::exit(2);
}

std::vector<std::string> model_ids() {
    std::vector<std::string> ids;
    ctnn::detail::hana::for_each(ctnn::models::zoo, [&](auto m) {
        ids.push_back(ctnn::models::zoo_id<typename decltype(m)::type>());
    });
    return ids;
}

// The edit distance between two names, to suggest the model meant.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t next = std::min({row[j] + 1, row[j - 1] + 1,
                                               diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = row[j];
            row[j] = next;
        }
    }
    return row[b.size()];
}

void set_dtype(Settings& s, const std::string& t) {
    struct known {
        std::string_view name;
        std::uint64_t bytes;
    };
    for (const known& k : {known{"float32", 4}, known{"float", 4}, known{"float16", 2},
                           known{"half", 2}, known{"bfloat16", 2}, known{"int8", 1},
                           known{"uint8", 1}, known{"float64", 8}, known{"double", 8}}) {
        if (t == k.name) {
            s.element = t;
            s.options.bytes_per_value = k.bytes;
            return;
        }
    }
    if (!t.empty() && t.find_first_not_of("0123456789") == std::string::npos && t.size() < 4 &&
        std::stoul(t) > 0) {
        s.options.bytes_per_value = std::stoul(t);
        s.element = t + "-byte values";
        return;
    }
    fail("unknown --dtype '" + t + "'");
}

void set_columns(Settings& s, const std::string& list) {
    ctnn::Columns c = ctnn::Columns::none();
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, end - start);
        bool known = false;
        for (const ctnn::Column& column : ctnn::report_columns) {
            if (column.option != name) continue;
            c.*column.shown = true;
            known = true;
        }
        if (!known) fail("unknown column '" + name + "'");
        start = end + 1;
    }
    s.options.columns = c;
}

Settings parse(int argc, char** argv) {
    Settings s;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) fail(a + " needs a value");
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            std::cout << usage;
            std::exit(0);
        } else if (a == "--list") {
            s.model = "--list";
        } else if (a == "--format") {
            s.format = value();
            if (s.format != "table" && s.format != "box" && s.format != "markdown" &&
                s.format != "csv" && s.format != "json" && s.format != "dot")
                fail("unknown --format '" + s.format + "'");
        } else if (a == "--depth") {
            const std::string d = value();
            if (d == "all") s.options.depth = ctnn::all_depths;
            else if (!d.empty() && d.size() < 4 && d.find_first_not_of("0123456789") == std::string::npos)
                s.options.depth = std::stoi(d);
            else fail("--depth takes a number or 'all', not '" + d + "'");
        } else if (a == "--dtype") {
            set_dtype(s, value());
        } else if (a == "--columns") {
            set_columns(s, value());
        } else if (!a.empty() && a[0] == '-') {
            fail("unknown option '" + a + "'");
        } else if (s.model.empty()) {
            s.model = a;
        } else {
            fail("one model at a time ('" + s.model + "', then '" + a + "')");
        }
    }
    if (s.model.empty()) fail("which model? (ctnn-report --list shows them)");
    if (!s.element.empty()) s.options.element = s.element;
    if (s.format == "box") s.options.style = ctnn::TableStyle::box;
    return s;
}

void list() {
    ctnn::detail::hana::for_each(ctnn::models::zoo, [](auto m) {
        using M = typename decltype(m)::type;
        std::cout << ctnn::models::zoo_id<M>() << "  " << ctnn::network_name<M> << ": "
                  << ctnn::group_digits(ctnn::params<M>) << " params, "
                  << ctnn::group_digits(ctnn::macs<M>) << " MACs\n";
    });
}

}  // namespace

int main(int argc, char** argv) {
    Settings s = parse(argc, argv);
    if (s.model == "--list") {
        list();
        return 0;
    }
    bool found = false;
    ctnn::detail::hana::for_each(ctnn::models::zoo, [&](auto m) {
        using M = typename decltype(m)::type;
        if (found || ctnn::models::zoo_id<M>() != s.model) return;
        found = true;
        const ctnn::Report r = ctnn::report_of<M>();
        if (s.format == "table" || s.format == "box") ctnn::write_table(std::cout, r, s.options);
        else if (s.format == "markdown") ctnn::write_markdown(std::cout, r, s.options);
        else if (s.format == "csv") ctnn::write_csv(std::cout, r, s.options);
        else if (s.format == "json") ctnn::write_json(std::cout, r, s.options);
        else ctnn::write_dot(std::cout, r, s.options);
    });
    if (!found) {
        std::string best;
        std::size_t best_distance = 1000;
        for (const std::string& id : model_ids()) {
            const std::size_t d = distance(id, s.model);
            if (d < best_distance) {
                best = id;
                best_distance = d;
            }
        }
        fail("unknown model '" + s.model + "'" +
             (best_distance <= 3 ? "; did you mean '" + best + "'?" : "") +
             " (ctnn-report --list shows them)");
    }
}

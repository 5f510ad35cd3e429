// ctnn-import: reading and checking an ONNX file (model.hpp).

#include "model.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <limits>
#include <sstream>
#include <unordered_set>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>
#include <onnx/defs/tensor_proto_util.h>

#include "constants.hpp"
#include "error.hpp"

namespace ctnn_import {

namespace {

std::string dims_text(const onnx::TypeProto_Tensor& t) {
    std::string s;
    for (const auto& d : t.shape().dim()) {
        if (!s.empty()) s += " x ";
        s += d.has_dim_value() ? std::to_string(d.dim_value())
                               : (d.dim_param().empty() ? std::string("?") : d.dim_param());
    }
    return s.empty() ? "a scalar" : s;
}

bool known(const onnx::TensorShapeProto_Dimension& d) { return d.has_dim_value(); }

/// The bytes of a serialized ModelProto with the element data of its large initializers left
/// out (their names, types and dimensions kept): ctnn-import counts weights and never reads
/// them, and copying a 240 MB file into protobuf's strings would cost most of an import. Walks
/// the wire format with protobuf's own CodedInputStream; every other byte is kept as it is.
std::string without_large_data(const std::uint8_t* data, int size) {
    using google::protobuf::io::CodedInputStream;
    using google::protobuf::io::CodedOutputStream;
    using WFL = google::protobuf::internal::WireFormatLite;
    constexpr int model_graph = 7, graph_initializer = 5;
    constexpr std::uint32_t large = 1 << 16;  // bytes: 16,384 floats; only smaller ones are read
    const auto varint = [](std::string& out, std::uint32_t v) {
        std::uint8_t buffer[8];
        const std::uint8_t* end = CodedOutputStream::WriteVarint32ToArray(v, buffer);
        out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(end - buffer));
    };
    // Copies the fields of the message in data[0, size), rewriting the field `nested` with
    // `rewrite` and dropping large packed or bytes fields when `drop_large`.
    std::function<bool(const std::uint8_t*, int, int, bool, std::string&)> message =
        [&](const std::uint8_t* at, int n, int nested, bool drop_large, std::string& out) {
            CodedInputStream in(at, n);
            in.SetTotalBytesLimit(std::numeric_limits<int>::max());
            while (true) {
                const int start = in.CurrentPosition();
                const std::uint32_t tag = in.ReadTag();
                if (tag == 0) return in.CurrentPosition() == n;
                const int field = WFL::GetTagFieldNumber(tag);
                if (WFL::GetTagWireType(tag) == WFL::WIRETYPE_LENGTH_DELIMITED) {
                    std::uint32_t length = 0;
                    if (!in.ReadVarint32(&length)) return false;
                    const int body = in.CurrentPosition();
                    if (length > static_cast<std::uint32_t>(n - body) || !in.Skip(static_cast<int>(length)))
                        return false;
                    if (field == nested) {
                        std::string inner;
                        const bool is_graph = nested == model_graph;
                        if (!message(at + body, static_cast<int>(length),
                                     is_graph ? graph_initializer : 0, !is_graph, inner))
                            return false;
                        varint(out, tag);
                        varint(out, static_cast<std::uint32_t>(inner.size()));
                        out += inner;
                        continue;
                    }
                    if (drop_large && length > large) continue;  // a tensor's data: dropped
                } else if (!WFL::SkipField(&in, tag)) {
                    return false;
                }
                out.append(reinterpret_cast<const char*>(at + start),
                           static_cast<std::size_t>(in.CurrentPosition() - start));
            }
        };
    std::string out;
    out.reserve(1 << 20);
    if (!message(data, size, model_graph, false, out)) return {};
    return out;
}

/// The bytes of the file, parsed as a ModelProto; ImportError for a file that cannot be read or
/// is not an ONNX model.
onnx::ModelProto parse_file(const std::string& path) {
    // The file is mapped, not read: protobuf copies each tensor once, from the page cache.
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) throw ImportError("cannot open '" + path + "': " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw ImportError("cannot read '" + path + "': not a regular file");
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size == 0) {
        ::close(fd);
        throw ImportError("'" + path + "' is empty: not an ONNX model");
    }
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        ::close(fd);
        throw ImportError("'" + path + "' is larger than 2 GB, protobuf's limit: models that "
                          "large keep their weights in external data files, which ctnn-import "
                          "does not read");
    }
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data == MAP_FAILED) throw ImportError("cannot read '" + path + "': " + std::strerror(errno));
    struct Unmap {
        void* data;
        std::size_t size;
        ~Unmap() { ::munmap(data, size); }
    } unmap{data, size};
    onnx::ModelProto model;
    const std::string skimmed =
        without_large_data(static_cast<const std::uint8_t*>(data), static_cast<int>(size));
    if (skimmed.empty() || !model.ParseFromString(skimmed))
        throw ImportError("'" + path +
                          "' is not an ONNX model, or is truncated: protobuf cannot parse it as "
                          "an onnx.ModelProto");
    if (model.ir_version() <= 0 || !model.has_graph() || model.graph().node_size() == 0 ||
        model.graph().output_size() == 0)
        throw ImportError("'" + path +
                          "' is not an ONNX model: it parses, but has no IR version, no graph or "
                          "no nodes (a truncated file, or another protobuf message)");
    return model;
}

/// The graph's real inputs: those that are not initializers (files before IR version 4 list
/// the initializers among the inputs too).
std::vector<onnx::ValueInfoProto*> real_inputs(onnx::GraphProto& g) {
    std::unordered_set<std::string> initializers;
    for (const auto& t : g.initializer()) initializers.insert(t.name());
    std::vector<onnx::ValueInfoProto*> inputs;
    for (auto& i : *g.mutable_input())
        if (!initializers.count(i.name())) inputs.push_back(&i);
    return inputs;
}

/// A node that transposes the input from N x H x W x C to N x C x H x W, if one reads it: the
/// sign of a channels-last graph (what TensorFlow's exporters write).
const onnx::NodeProto* nhwc_transpose(const onnx::GraphProto& g, const std::string& input) {
    for (const auto& n : g.node()) {
        if (n.op_type() != "Transpose" || n.input_size() < 1 || n.input(0) != input) continue;
        for (const auto& a : n.attribute())
            if (a.name() == "perm" && a.ints_size() == 4 && a.ints(0) == 0 && a.ints(1) == 3 &&
                a.ints(2) == 1 && a.ints(3) == 2)
                return &n;
    }
    return nullptr;
}

/// Checks the one input and fixes its batch (1) and, from --input, its height and width.
void fix_input(Model& m, const std::optional<InputSize>& size) {
    onnx::GraphProto& g = *m.proto.mutable_graph();
    const auto inputs = real_inputs(g);
    if (inputs.size() != 1) {
        std::string names;
        for (const auto* i : inputs) names += (names.empty() ? "'" : ", '") + i->name() + "'";
        throw ImportError("the graph has " + std::to_string(inputs.size()) + " inputs (" + names +
                          "): ctnn-import takes networks with one input");
    }
    if (g.output_size() != 1) {
        std::string names;
        for (const auto& o : g.output()) names += (names.empty() ? "'" : ", '") + o.name() + "'";
        throw ImportError("the graph has " + std::to_string(g.output_size()) + " outputs (" +
                          names + "): ctnn-import takes networks with one output");
    }
    onnx::ValueInfoProto& in = *inputs[0];
    m.input = in.name();
    m.output = g.output(0).name();
    if (!in.type().has_tensor_type() || !in.type().tensor_type().has_shape())
        throw ImportError("the input '" + m.input + "' has no tensor shape in the file");
    auto& shape = *in.mutable_type()->mutable_tensor_type()->mutable_shape();
    const std::string given = dims_text(in.type().tensor_type());
    const int rank = shape.dim_size();
    if (rank != 4 && rank != 2)
        throw ImportError("the input '" + m.input + "' is " + given +
                          ": ctnn-import takes N x C x H x W maps and N x F vectors (2-D "
                          "networks; 1-D and 3-D ones are not ctnn's)");
    if (known(shape.dim(0)) && shape.dim(0).dim_value() != 1)
        throw ImportError("the input '" + m.input + "' is " + given + ", a batch of " +
                          std::to_string(shape.dim(0).dim_value()) +
                          ": ctnn counts one sample; export the model with a batch of 1 (or a "
                          "dynamic batch)");
    shape.mutable_dim(0)->set_dim_value(1);
    if (rank == 2) {
        if (size)
            throw ImportError("--input HxWxC is for maps, and the input '" + m.input + "' is " +
                              given + ", a vector");
        if (!known(shape.dim(1)))
            throw ImportError("the input '" + m.input + "' is " + given +
                              ": its length is dynamic, and ctnn needs it fixed");
        return;
    }
    if (const onnx::NodeProto* t = nhwc_transpose(g, m.input))
        throw ImportError("the input '" + m.input + "' (" + given +
                          ") is channels last (N x H x W x C): node " + describe(*t) +
                          " transposes it to N x C x H x W. ctnn-import reads channels-first "
                          "graphs, as PyTorch exports them; convert the model to NCHW first");
    const std::int64_t want[3] = {size ? size->c : 0, size ? size->h : 0, size ? size->w : 0};
    const char* names[3] = {"channels", "height", "width"};
    for (int k = 1; k < 4; ++k) {
        auto& d = *shape.mutable_dim(k);
        if (size) {
            if (known(d) && d.dim_value() != want[k - 1])
                throw ImportError("the input '" + m.input + "' is " + given + ": its " +
                                  names[k - 1] + " are fixed at " + std::to_string(d.dim_value()) +
                                  ", and --input asks for " + std::to_string(want[k - 1]));
            d.set_dim_value(want[k - 1]);
        } else if (!known(d)) {
            throw ImportError("the input '" + m.input + "' is " + given + ": its " + names[k - 1] +
                              " are dynamic; give the size with --input HxWxC (for example "
                              "--input 224x224x3)");
        }
    }
}

}  // namespace

std::int64_t Value::count() const {
    std::int64_t n = 1;
    for (std::int64_t d : dims) n *= d;
    return n;
}

std::vector<std::int64_t> Value::as_ints(const std::string& what) const {
    if (integer && (!ints.empty() || count() == 0)) return ints;
    if (tensor) {
        switch (tensor->data_type()) {
        case onnx::TensorProto::INT64:
            return onnx::ParseData<std::int64_t>(tensor);
        case onnx::TensorProto::INT32: {
            const auto v = onnx::ParseData<std::int32_t>(tensor);
            return {v.begin(), v.end()};
        }
        default:
            break;
        }
    }
    if (!integer) {
        std::vector<std::int64_t> out;
        for (double r : as_reals(what)) out.push_back(static_cast<std::int64_t>(r));
        return out;
    }
    throw ImportError(what + " is not an integer tensor that ctnn-import can read");
}

std::vector<double> Value::as_reals(const std::string& what) const {
    if (!integer && (!reals.empty() || count() == 0)) return reals;
    if (integer) return {ints.begin(), ints.end()};
    if (tensor) {
        switch (tensor->data_type()) {
        case onnx::TensorProto::FLOAT: {
            const auto v = onnx::ParseData<float>(tensor);
            return {v.begin(), v.end()};
        }
        case onnx::TensorProto::DOUBLE:
            return onnx::ParseData<double>(tensor);
        default:
            break;
        }
    }
    throw ImportError(what + " is not a float or double tensor that ctnn-import can read (or "
                      "is larger than the 16,384 values it reads)");
}

const Dims& Model::dims_of(const std::string& tensor, const onnx::NodeProto& reader) const {
    const auto it = dims.find(tensor);
    if (it == dims.end())
        throw ImportError("ONNX's shape inference gives no shape for '" + tensor + "', read by " +
                          describe(reader) + "; ctnn needs every shape fixed");
    for (std::int64_t d : it->second)
        if (d < 0)
            throw ImportError("ONNX's shape inference leaves a dimension of '" + tensor +
                              "' (read by " + describe(reader) + ") unknown: " +
                              shape_text(it->second));
    return it->second;
}

const Value* Model::value_of(const std::string& tensor) const {
    const auto it = values.find(tensor);
    return it == values.end() ? nullptr : &it->second;
}

std::string describe(const onnx::NodeProto& node) {
    const std::string name = !node.name().empty()    ? node.name()
                             : node.output_size() > 0 ? node.output(0)
                                                      : std::string("(unnamed)");
    return node.op_type() + " '" + name + "'";
}

std::string shape_text(const Dims& d) {
    const auto one = [](std::int64_t v) { return v < 0 ? std::string("?") : std::to_string(v); };
    if (d.size() == 4) return one(d[2]) + "x" + one(d[3]) + "x" + one(d[1]);
    if (d.size() == 2) return one(d[1]);
    std::string s = "(";
    for (std::size_t i = 0; i < d.size(); ++i) s += (i ? ", " : "") + one(d[i]);
    return s + ")";
}

std::unique_ptr<Model> read_model(const std::string& path, const std::optional<InputSize>& input) {
    auto model = std::make_unique<Model>();
    Model& m = *model;
    m.file = path;
    m.proto = parse_file(path);
    m.producer = m.proto.producer_name() +
                 (m.proto.producer_version().empty() ? "" : " " + m.proto.producer_version());
    for (const auto& o : m.proto.opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx") m.opset = o.version();
    fix_input(m, input);
    infer_and_fold(m);
    return model;
}

}  // namespace ctnn_import

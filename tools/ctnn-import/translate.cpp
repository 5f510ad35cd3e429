// ctnn-import: operator -> ctnn layer (translate.hpp).

#include "translate.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "error.hpp"

namespace ctnn_import {

const std::vector<std::pair<std::string, std::string>>& supported_operators() {
    static const std::vector<std::pair<std::string, std::string>> table{
        {"Add", "Residual (two branches of equal shape that fork at one tensor)"},
        {"AveragePool", "AvgPool (a zero Pad before it is folded into its padding)"},
        {"BatchNormalization", "BatchNorm (inference and training exports)"},
        {"Clip", "ReLU6 (0..6), ReLU (0..)"},
        {"Concat", "Concat (on the channels); ChannelSplit after Split or Slice"},
        {"Conv", "Conv, DepthwiseConv (groups = input channels); 2-D, auto_pad"},
        {"ConvTranspose", "ConvTranspose (pads, output_padding, output_shape, auto_pad)"},
        {"Dropout", "Dropout"},
        {"Elu", "ELU"},
        {"Flatten", "Flatten"},
        {"Gelu", "GELU; also x * 0.5 * (1 + Erf(x / sqrt(2)))"},
        {"Gemm", "FC"},
        {"GlobalAveragePool", "AdaptiveAvgPool<1> (a 1 x 1 x C map)"},
        {"GlobalMaxPool", "AdaptiveMaxPool<1> (a 1 x 1 x C map)"},
        {"HardSigmoid", "HardSigmoid"},
        {"HardSwish", "HardSwish; also x * HardSigmoid(x)"},
        {"Identity", "Identity (of data), or the initializer it points at"},
        {"InstanceNormalization", "InstanceNormWith<Affine>, InstanceNorm (scale 1, bias 0)"},
        {"LeakyRelu", "LeakyReLU"},
        {"LRN", "LRN"},
        {"MatMul", "FC (by a constant matrix; with the Add of a constant bias after it)"},
        {"MaxPool", "MaxPool (ceil_mode, dilations, pads up to the window: PadUpToWindow)"},
        {"Mish", "Mish; also x * Tanh(Softplus(x))"},
        {"Mul", "Gate (x times a branch of x that ends in 1 x 1 x C); Swish, HardSwish, Mish, GELU"},
        {"Pad", "ZeroPad (constant zeros on H and W)"},
        {"PRelu", "PReLU (a slope per channel), SharedPReLU (one slope)"},
        {"ReduceMax", "over H and W: AdaptiveMaxPool<1> (keepdims) or GlobalMaxPool"},
        {"ReduceMean", "over H and W: AdaptiveAvgPool<1> (keepdims) or GlobalAvgPool"},
        {"Relu", "ReLU"},
        {"Reshape", "Flatten (to N x F); ChannelShuffle (with Transpose and Reshape)"},
        {"Resize", "Upsample (nearest), UpsampleBilinear (linear); whole factors, by scales or sizes"},
        {"Selu", "SELU"},
        {"Sigmoid", "Sigmoid; Swish as x * Sigmoid(x)"},
        {"Slice", "ChannelSplit (equal parts of the channels); CenterCrop (on H and W)"},
        {"Softmax", "Softmax"},
        {"Softplus", "Softplus"},
        {"Split", "ChannelSplit (equal parts of the channels)"},
        {"Squeeze", "Flatten (N x C x 1 x 1 to N x C)"},
        {"Sum", "Residual (two inputs)"},
        {"Tanh", "Tanh"},
        {"Transpose", "ChannelShuffle (Reshape to N x G x C/G x H x W, Transpose, Reshape)"},
        {"Unsqueeze", "N x C to N x C x 1 x 1 at the end of a Gate's branch"},
        {"Upsample", "Upsample (nearest), UpsampleBilinear (linear); whole factors"},
        {"Constant, Shape, Gather, Unsqueeze, Squeeze, Concat, Slice, Add, Sub, Mul, Div, Cast, "
         "Floor, Ceil, Reshape, Range, Equal, Where, ConstantOfShape",
         "evaluated statically when their inputs are constants or static shapes"},
    };
    return table;
}

namespace {

// ---- reading attributes ------------------------------------------------------------------------

const onnx::AttributeProto* find_attribute(const onnx::NodeProto& n, const char* name) {
    for (const auto& a : n.attribute())
        if (a.name() == name) return &a;
    return nullptr;
}

std::int64_t attr_int(const onnx::NodeProto& n, const char* name, std::int64_t otherwise) {
    const auto* a = find_attribute(n, name);
    return a ? a->i() : otherwise;
}

double attr_real(const onnx::NodeProto& n, const char* name, double otherwise) {
    const auto* a = find_attribute(n, name);
    return a ? static_cast<double>(a->f()) : otherwise;
}

std::string attr_text(const onnx::NodeProto& n, const char* name, const std::string& otherwise) {
    const auto* a = find_attribute(n, name);
    return a ? a->s() : otherwise;
}

std::vector<std::int64_t> attr_ints(const onnx::NodeProto& n, const char* name,
                                    std::vector<std::int64_t> otherwise = {}) {
    const auto* a = find_attribute(n, name);
    return a ? std::vector<std::int64_t>(a->ints().begin(), a->ints().end()) : otherwise;
}

std::string list(const std::vector<std::int64_t>& v) {
    std::string s;
    for (std::int64_t x : v) s += (s.empty() ? "" : ", ") + std::to_string(x);
    return "[" + s + "]";
}

// ---- spelling ctnn's options -------------------------------------------------------------------

/// Name<a> when both are equal, Name<a, b> otherwise.
std::string pair_option(const std::string& name, std::int64_t a, std::int64_t b) {
    return "ctnn::" + name + "<" + std::to_string(a) +
           (a == b ? "" : ", " + std::to_string(b)) + ">";
}

/// Pad<p>, Pad<ph, pw> or Pad<top, bottom, left, right> (also ZeroPad), the shortest form.
std::string pad_option(const std::string& name, std::int64_t t, std::int64_t b, std::int64_t l,
                       std::int64_t r) {
    const auto s = [](std::int64_t v) { return std::to_string(v); };
    if (t == b && l == r) return pair_option(name, t, l);
    return "ctnn::" + name + "<" + s(t) + ", " + s(b) + ", " + s(l) + ", " + s(r) + ">";
}

std::string spell(const std::string& layer, const std::vector<std::string>& args) {
    std::string s = "ctnn::" + layer;
    if (args.empty()) return s;
    s += "<";
    for (std::size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + args[i];
    return s + ">";
}

// ---- the translator ----------------------------------------------------------------------------

/// Padding of a window along one axis (before, after).
struct Padding {
    std::int64_t before = 0;
    std::int64_t after = 0;
};

class Translator {
public:
    explicit Translator(const Model& m) : m_(m) {
        for (const onnx::NodeProto* n : m_.nodes) {
            for (const auto& in : n->input())
                if (!in.empty() && !m_.value_of(in)) consumers_[in].push_back(n);
            for (const auto& out : n->output()) producer_[out] = n;
        }
        graph_.input = m_.input;
        graph_.output = m_.output;
    }

    Graph run() {
        // Patterns first (their nodes may come before the node they are anchored at), then
        // every node left on its own; then the operations in topological order again.
        for (const onnx::NodeProto* n : m_.nodes)
            if (!done_.count(n)) try_patterns(*n);
        for (const onnx::NodeProto* n : m_.nodes)
            if (!done_.count(n)) translate_node(*n);
        sort_operations();
        resolve_aliases();
        rewrite_concats();
        remove_dead_ops();
        for (const auto& [name, d] : m_.dims) graph_.dims[name] = d;
        graph_.dims[graph_.input] = m_.dims.at(m_.input);
        return std::move(graph_);
    }

private:
    const Model& m_;
    Graph graph_;
    std::unordered_map<std::string, std::vector<const onnx::NodeProto*>> consumers_;
    std::unordered_map<std::string, const onnx::NodeProto*> producer_;
    std::unordered_set<const onnx::NodeProto*> done_;
    std::unordered_map<std::string, std::string> alias_;  // a no-op's output -> its input

    // -- facts about tensors and nodes -------------------------------------------------------
    const Dims& dims(const std::string& t, const onnx::NodeProto& reader) const {
        return m_.dims_of(t, reader);
    }

    /// The input `i` of `n` as a constant; ImportError if it is not one.
    const Value& constant(const onnx::NodeProto& n, int i, const std::string& what) const {
        const Value* v = i < n.input_size() ? m_.value_of(n.input(i)) : nullptr;
        if (!v)
            throw ImportError(describe(n) + ": its " + what +
                              " is computed from the input; ctnn-import needs it constant");
        return *v;
    }

    bool has_input(const onnx::NodeProto& n, int i) const {
        return i < n.input_size() && !n.input(i).empty();
    }

    /// The data tensors `n` reads (the inputs that are not constants).
    std::vector<std::string> data_inputs(const onnx::NodeProto& n) const {
        std::vector<std::string> v;
        for (const auto& in : n.input())
            if (!in.empty() && !m_.value_of(in)) v.push_back(in);
        return v;
    }

    /// The one node reading tensor `t`, if exactly one does and `t` is not the graph's output.
    const onnx::NodeProto* only_reader(const std::string& t) const {
        if (t == m_.output) return nullptr;
        const auto it = consumers_.find(t);
        if (it == consumers_.end() || it->second.size() != 1) return nullptr;
        return it->second.front();
    }

    bool unused(const std::string& t) const {
        return t != m_.output && consumers_.find(t) == consumers_.end();
    }

    /// The output of the other input of a binary node, given one of them.
    static std::optional<std::string> other_input(const onnx::NodeProto& n, const std::string& one) {
        if (n.input_size() != 2) return std::nullopt;
        if (n.input(0) == one) return n.input(1);
        if (n.input(1) == one) return n.input(0);
        return std::nullopt;
    }

    /// A scalar (or one-element) constant input's value, if the input is one.
    std::optional<double> scalar(const std::string& t) const {
        const Value* v = m_.value_of(t);
        if (!v || v->count() != 1) return std::nullopt;
        return v->as_reals("'" + t + "'")[0];
    }

    std::uint64_t count(const onnx::NodeProto& n, int i) const {
        if (!has_input(n, i)) return 0;
        const Value* v = m_.value_of(n.input(i));
        if (!v)
            throw ImportError(describe(n) + ": its input '" + n.input(i) +
                              "' (weights) is computed from the data; ctnn-import needs weights "
                              "stored in the file");
        return static_cast<std::uint64_t>(v->count());
    }

    // -- emitting ----------------------------------------------------------------------------
    Op& emit(OpKind kind, const std::vector<const onnx::NodeProto*>& nodes,
             std::vector<std::string> inputs, std::vector<std::string> outputs,
             std::string layer = {}) {
        Op op;
        op.kind = kind;
        op.layer = std::move(layer);
        op.inputs = std::move(inputs);
        op.outputs = std::move(outputs);
        for (const auto* n : nodes) {
            op.sources.push_back(describe(*n));
            done_.insert(n);
        }
        graph_.ops.push_back(std::move(op));
        return graph_.ops.back();
    }

    Op& emit_layer(const onnx::NodeProto& n, std::string layer) {
        return emit(OpKind::layer, {&n}, {n.input(0)}, {n.output(0)}, std::move(layer));
    }

    /// A node that computes nothing (its output is its input).
    void emit_alias(const onnx::NodeProto& n) {
        alias_[n.output(0)] = n.input(0);
        done_.insert(&n);
    }

    /// Refuses the node, saying why.
    [[noreturn]] static void refuse(const onnx::NodeProto& n, const std::string& why) {
        throw ImportError(describe(n) + ": " + why);
    }

    /// Refuses a node whose outputs after the first are read (MaxPool's indices, ...).
    void require_unused_outputs(const onnx::NodeProto& n) const {
        for (int i = 1; i < n.output_size(); ++i)
            if (!n.output(i).empty() && !unused(n.output(i)))
                refuse(n, "its output " + std::to_string(i) + " ('" + n.output(i) +
                              "') is used; ctnn-import takes only its first output");
    }

    // -- patterns of several nodes -----------------------------------------------------------
    bool try_patterns(const onnx::NodeProto& n) {
        const std::string& op = n.op_type();
        if (op == "Sigmoid" || op == "HardSigmoid") return x_times(n, {}, op == "Sigmoid" ? "Swish" : "HardSwish");
        if (op == "Softplus") return mish(n);
        if (op == "Div" || op == "Mul") return gelu(n);
        if (op == "MatMul") return matmul(n);
        if (op == "Reshape") return channel_shuffle(n);
        if (op == "Pad") return pad_before_average(n);
        return false;
    }

    /// x * f(x), where f is the chain `first`, `middle...` starting at `first` on x: one layer.
    bool x_times(const onnx::NodeProto& first, std::vector<const onnx::NodeProto*> middle,
                 const std::string& layer) {
        if (first.input_size() < 1) return false;
        const std::string& x = first.input(0);
        const onnx::NodeProto* last = middle.empty() ? &first : middle.back();
        const onnx::NodeProto* mul = only_reader(last->output(0));
        if (!mul || mul->op_type() != "Mul" || other_input(*mul, last->output(0)) != x) return false;
        if (layer == "HardSwish" && std::abs(attr_real(first, "alpha", 0.2) - 1.0 / 6) > 1e-4) return false;
        std::vector<const onnx::NodeProto*> nodes{&first};
        nodes.insert(nodes.end(), middle.begin(), middle.end());
        nodes.push_back(mul);
        emit(OpKind::layer, nodes, {x}, {mul->output(0)}, spell(layer, {}));
        return true;
    }

    /// x * Tanh(Softplus(x)): Mish.
    bool mish(const onnx::NodeProto& softplus) {
        const onnx::NodeProto* tanh = only_reader(softplus.output(0));
        if (!tanh || tanh->op_type() != "Tanh") return false;
        return x_times(softplus, {tanh}, "Mish");
    }

    /// x * 0.5 * (1 + Erf(x / sqrt(2))) (PyTorch's export of GELU), with the division also
    /// written as a multiplication by 1 / sqrt(2), and the 0.5 applied before or after: GELU.
    bool gelu(const onnx::NodeProto& scale) {
        if (scale.input_size() != 2) return false;
        const auto c = scalar(scale.input(1));
        const bool divides = scale.op_type() == "Div";
        if (!c || std::abs(divides ? *c - std::sqrt(2.0) : *c - 1 / std::sqrt(2.0)) > 1e-3) return false;
        const std::string& x = scale.input(0);
        const onnx::NodeProto* erf = only_reader(scale.output(0));
        if (!erf || erf->op_type() != "Erf") return false;
        const onnx::NodeProto* plus = only_reader(erf->output(0));
        if (!plus || plus->op_type() != "Add") return false;
        const auto one = other_input(*plus, erf->output(0));
        if (!one || scalar(*one) != 1.0) return false;
        const onnx::NodeProto* a = only_reader(plus->output(0));
        if (!a || a->op_type() != "Mul") return false;
        const auto other = other_input(*a, plus->output(0));
        if (!other) return false;
        std::vector<const onnx::NodeProto*> nodes{&scale, erf, plus, a};
        std::string out;
        if (*other == x) {  // (x * (1 + erf)) * 0.5
            const onnx::NodeProto* half = only_reader(a->output(0));
            if (!half || half->op_type() != "Mul") return false;
            const auto h = other_input(*half, a->output(0));
            if (!h || scalar(*h) != 0.5) return false;
            nodes.push_back(half);
            out = half->output(0);
        } else {  // (x * 0.5) * (1 + erf)
            const onnx::NodeProto* half = producer_.count(*other) ? producer_.at(*other) : nullptr;
            if (!half || half->op_type() != "Mul" || other_input(*half, x) == std::nullopt ||
                scalar(*other_input(*half, x)) != 0.5 || only_reader(half->output(0)) != a)
                return false;
            nodes.push_back(half);
            out = a->output(0);
        }
        emit(OpKind::layer, nodes, {x}, {out}, spell("GELU", {}));
        return true;
    }

    /// MatMul by a constant matrix, and the Add of a constant bias after it: FC.
    bool matmul(const onnx::NodeProto& n) {
        if (n.input_size() != 2 || !m_.value_of(n.input(1)) || m_.value_of(n.input(0))) return false;
        const Dims& in = dims(n.input(0), n);
        const Value& w = *m_.value_of(n.input(1));
        if (in.size() != 2 || w.dims.size() != 2)
            refuse(n, "multiplies a " + shape_text(in) + " tensor by a " + list(w.dims) +
                          " matrix; ctnn-import takes MatMul of an N x F vector by a constant "
                          "matrix (FC)");
        const std::int64_t units = w.dims[1];
        const onnx::NodeProto* add = only_reader(n.output(0));
        std::optional<std::string> bias;
        if (add && add->op_type() == "Add") bias = other_input(*add, n.output(0));
        if (bias && m_.value_of(*bias) && m_.value_of(*bias)->count() == units) {
            Op& op = emit(OpKind::layer, {&n, add}, {n.input(0)}, {add->output(0)},
                          spell("FC", {std::to_string(units)}));
            op.params = static_cast<std::uint64_t>(w.count() + units);
            return true;
        }
        Op& op = emit(OpKind::layer, {&n}, {n.input(0)}, {n.output(0)},
                      spell("FC", {std::to_string(units), "ctnn::NoBias"}));
        op.params = static_cast<std::uint64_t>(w.count());
        return true;
    }

    /// Reshape to N x G x C/G x H x W, Transpose (0, 2, 1, 3, 4), Reshape to N x C x H x W:
    /// ChannelShuffle<G>.
    bool channel_shuffle(const onnx::NodeProto& first) {
        const auto in = m_.dims.find(first.input(0));
        const auto mid = m_.dims.find(first.output(0));
        if (in == m_.dims.end() || mid == m_.dims.end() || in->second.size() != 4 ||
            mid->second.size() != 5)
            return false;
        const onnx::NodeProto* t = only_reader(first.output(0));
        if (!t || t->op_type() != "Transpose" ||
            attr_ints(*t, "perm") != std::vector<std::int64_t>{0, 2, 1, 3, 4})
            return false;
        const onnx::NodeProto* last = only_reader(t->output(0));
        if (!last || last->op_type() != "Reshape") return false;
        const Dims& a = in->second;
        const Dims& b = mid->second;
        const Dims& c = dims(last->output(0), *last);
        if (b[1] * b[2] != a[1] || b[3] != a[2] || b[4] != a[3] || c != a) return false;
        emit(OpKind::layer, {&first, t, last}, {first.input(0)}, {last->output(0)},
             spell("ChannelShuffle", {std::to_string(b[1])}));
        return true;
    }

    /// The zero padding of a Pad node: (top, bottom, left, right), if it pads H and W of a map
    /// with zeros (nullopt: something else, refused by translate_node).
    std::optional<std::array<std::int64_t, 4>> zero_padding(const onnx::NodeProto& n) const {
        if (attr_text(n, "mode", "constant") != "constant") return std::nullopt;
        std::vector<std::int64_t> pads;
        double value = 0;
        if (m_.opset < 11) {
            pads = attr_ints(n, "pads");
            value = attr_real(n, "value", 0.0);
        } else {
            pads = constant(n, 1, "padding").as_ints(describe(n) + "'s pads");
            if (has_input(n, 2)) {
                const auto v = constant(n, 2, "padding value").as_reals(describe(n) + "'s value");
                value = v.empty() ? 0 : v[0];
            }
            if (has_input(n, 3)) {  // opset 18: the axes the pads apply to
                const auto axes = constant(n, 3, "axes").as_ints(describe(n) + "'s axes");
                std::vector<std::int64_t> full(8, 0);
                for (std::size_t k = 0; k < axes.size(); ++k) {
                    const auto a = static_cast<std::size_t>(axes[k] < 0 ? axes[k] + 4 : axes[k]);
                    if (a >= 4) return std::nullopt;
                    full[a] = pads[k];
                    full[a + 4] = pads[k + axes.size()];
                }
                pads = full;
            }
        }
        if (value != 0 || pads.size() != 8 || pads[0] || pads[1] || pads[4] || pads[5])
            return std::nullopt;
        if (std::any_of(pads.begin(), pads.end(), [](std::int64_t p) { return p < 0; }))
            return std::nullopt;
        return std::array<std::int64_t, 4>{pads[2], pads[6], pads[3], pads[7]};
    }

    /// A zero Pad whose only reader is an AveragePool: PyTorch writes AvgPool2d's padding so
    /// (count_include_pad); ctnn's AvgPool takes it as its own padding.
    bool pad_before_average(const onnx::NodeProto& pad) {
        const onnx::NodeProto* pool = only_reader(pad.output(0));
        if (!pool || pool->op_type() != "AveragePool" || !m_.dims.count(pad.input(0))) return false;
        const auto z = zero_padding(pad);
        if (!z || attr_text(*pool, "auto_pad", "NOTSET") != "NOTSET") return false;
        auto pads = attr_ints(*pool, "pads", {0, 0, 0, 0});
        if (pads.size() != 4) return false;
        pads[0] += (*z)[0];
        pads[2] += (*z)[1];
        pads[1] += (*z)[2];
        pads[3] += (*z)[3];
        window(*pool, "AvgPool", pad.input(0), pads, {&pad, pool});
        return true;
    }

    // -- single nodes ------------------------------------------------------------------------
    void translate_node(const onnx::NodeProto& n) {
        const std::string& op = n.op_type();
        if (!n.domain().empty() && n.domain() != "ai.onnx")
            refuse(n, "is an operator of the domain '" + n.domain() + "', not ONNX's own");
        static const std::map<std::string, std::string> activations{
            {"Relu", "ReLU"},       {"LeakyRelu", "LeakyReLU"}, {"Sigmoid", "Sigmoid"},
            {"Tanh", "Tanh"},       {"Softmax", "Softmax"},     {"Elu", "ELU"},
            {"Selu", "SELU"},       {"Softplus", "Softplus"},   {"HardSigmoid", "HardSigmoid"},
            {"HardSwish", "HardSwish"}, {"Mish", "Mish"},       {"Gelu", "GELU"},
            {"Dropout", "Dropout"}, {"Identity", "Identity"},   {"LRN", "LRN"}};
        if (const auto a = activations.find(op); a != activations.end()) {
            require_unused_outputs(n);
            if (op == "Gelu" && attr_text(n, "approximate", "none") != "none")
                refuse(n, "is GELU's tanh approximation; ctnn's GELU is the exact one");
            emit_layer(n, spell(a->second, {}));
            return;
        }
        if (op == "Conv") return conv(n);
        if (op == "ConvTranspose") return conv_transpose(n);
        if (op == "MaxPool" || op == "AveragePool") {
            require_unused_outputs(n);
            auto pads = attr_ints(n, "pads", {0, 0, 0, 0});
            return window(n, op == "MaxPool" ? "MaxPool" : "AvgPool", n.input(0), pads, {&n});
        }
        if (op == "GlobalAveragePool") return void(emit_layer(n, "ctnn::AdaptiveAvgPool<1>"));
        if (op == "GlobalMaxPool") return void(emit_layer(n, "ctnn::AdaptiveMaxPool<1>"));
        if (op == "ReduceMean" || op == "ReduceMax") return reduce(n);
        if (op == "Gemm") return gemm(n);
        if (op == "BatchNormalization") return batch_norm(n);
        if (op == "InstanceNormalization") return instance_norm(n);
        if (op == "PRelu") return prelu(n);
        if (op == "Clip") return clip(n);
        if (op == "Flatten" || op == "Reshape" || op == "Squeeze" || op == "Unsqueeze")
            return reshape(n);
        if (op == "Resize" || op == "Upsample") return resize(n);
        if (op == "Pad") return pad(n);
        if (op == "Slice") return slice(n);
        if (op == "Split") return split(n);
        if (op == "Concat") return concat(n);
        if (op == "Add" || op == "Sum" || op == "Mul") return join(n);
        if (op == "MatMul")
            refuse(n, "multiplies two tensors computed from the input; ctnn-import takes MatMul "
                      "by a constant matrix (FC)");
        if (op == "Transpose")
            refuse(n, "transposes a tensor outside the channel shuffle pattern (Reshape to N x G "
                      "x C/G x H x W, Transpose (0, 2, 1, 3, 4), Reshape back); ctnn's tensors are "
                      "H x W x C maps and vectors");
        unsupported(n);
    }

    [[noreturn]] void unsupported(const onnx::NodeProto& n) const {
        std::string ops;
        for (const auto& [type, what] : supported_operators())
            if (type.find(',') == std::string::npos) ops += (ops.empty() ? "" : ", ") + type;
        throw ImportError(describe(n) + ": the operator " + n.op_type() +
                          " (on the data, not a constant) is not supported. ctnn-import takes: " +
                          ops + "; and evaluates constant subgraphs (Shape, Gather, Unsqueeze, "
                          "Concat, Slice, Div, ...) statically (ctnn-import --operators lists "
                          "what each becomes)");
    }

    const Dims& map_input(const onnx::NodeProto& n) const {
        const Dims& d = dims(n.input(0), n);
        if (d.size() != 4)
            refuse(n, "reads a " + std::to_string(d.size()) + "-D tensor (" + shape_text(d) +
                          "); ctnn-import takes 2-D convolutions and pooling on N x C x H x W "
                          "maps (1-D and 3-D ones are not ctnn's)");
        return d;
    }

    /// Padding per axis of a window operation, from `pads` or `auto_pad`.
    std::array<Padding, 2> paddings(const onnx::NodeProto& n, const Dims& in,
                                    const std::vector<std::int64_t>& pads,
                                    const std::vector<std::int64_t>& k,
                                    const std::vector<std::int64_t>& s,
                                    const std::vector<std::int64_t>& d, bool* same) const {
        const std::string autopad = attr_text(n, "auto_pad", "NOTSET");
        *same = false;
        if (autopad == "SAME_UPPER") {
            *same = true;
            return {};
        }
        std::array<Padding, 2> p{};
        if (autopad == "SAME_LOWER") {
            for (std::size_t a = 0; a < 2; ++a) {
                const std::int64_t n_in = in[a + 2];
                const std::int64_t out = (n_in + s[a] - 1) / s[a];
                const std::int64_t total = std::max<std::int64_t>((out - 1) * s[a] + d[a] * (k[a] - 1) + 1 - n_in, 0);
                p[a] = {total - total / 2, total / 2};
            }
            return p;
        }
        if (autopad == "VALID") return p;
        if (autopad != "NOTSET") refuse(n, "has auto_pad '" + autopad + "'");
        if (pads.size() != 4) refuse(n, "has pads " + list(pads) + "; expected 4 values");
        p[0] = {pads[0], pads[2]};
        p[1] = {pads[1], pads[3]};
        return p;
    }

    void conv(const onnx::NodeProto& n) {
        const Dims& in = map_input(n);
        const Value& w = constant(n, 1, "weight");
        if (w.dims.size() != 4) refuse(n, "has a " + list(w.dims) + " kernel; ctnn's convolutions are 2-D");
        const std::int64_t f = w.dims[0];
        const std::vector<std::int64_t> k{w.dims[2], w.dims[3]};
        const auto s = attr_ints(n, "strides", {1, 1});
        const auto d = attr_ints(n, "dilations", {1, 1});
        const std::int64_t g = attr_int(n, "group", 1);
        bool same = false;
        const auto p = paddings(n, in, attr_ints(n, "pads", {0, 0, 0, 0}), k, s, d, &same);
        std::vector<std::string> options;
        if (s[0] != 1 || s[1] != 1) options.push_back(pair_option("Stride", s[0], s[1]));
        if (same) options.push_back("ctnn::Same");
        else if (p[0].before || p[0].after || p[1].before || p[1].after)
            options.push_back(pad_option("Pad", p[0].before, p[0].after, p[1].before, p[1].after));
        if (d[0] != 1 || d[1] != 1) options.push_back(pair_option("Dilation", d[0], d[1]));
        const std::int64_t c = in[1];
        std::string layer;
        if (g > 1 && g == c && f % c == 0) {
            if (f != c) options.push_back("ctnn::Multiplier<" + std::to_string(f / c) + ">");
            if (!has_input(n, 2)) options.push_back("ctnn::NoBias");
            std::vector<std::string> args{std::to_string(k[0]), std::to_string(k[1])};
            args.insert(args.end(), options.begin(), options.end());
            layer = spell("DepthwiseConv", args);
        } else {
            if (g != 1) options.push_back("ctnn::Groups<" + std::to_string(g) + ">");
            if (!has_input(n, 2)) options.push_back("ctnn::NoBias");
            std::vector<std::string> args{std::to_string(k[0]), std::to_string(k[1]), std::to_string(f)};
            args.insert(args.end(), options.begin(), options.end());
            layer = spell("Conv", args);
        }
        emit_layer(n, layer).params = count(n, 1) + count(n, 2);
    }

    void conv_transpose(const onnx::NodeProto& n) {
        const Dims& in = map_input(n);
        const Value& w = constant(n, 1, "weight");
        if (w.dims.size() != 4) refuse(n, "has a " + list(w.dims) + " kernel; ctnn's convolutions are 2-D");
        const std::int64_t g = attr_int(n, "group", 1);
        const std::int64_t f = w.dims[1] * g;
        const std::vector<std::int64_t> k{w.dims[2], w.dims[3]};
        const auto s = attr_ints(n, "strides", {1, 1});
        const auto d = attr_ints(n, "dilations", {1, 1});
        const auto op = attr_ints(n, "output_padding", {0, 0});
        const auto pads = attr_ints(n, "pads", {0, 0, 0, 0});
        const auto shape = attr_ints(n, "output_shape");
        const std::string autopad = attr_text(n, "auto_pad", "NOTSET");
        // Per axis: ctnn's transposed formula out = (in - 1)*s - before - after + d*(k - 1) +
        // output_padding + 1, with the padding ONNX's rules give.
        std::int64_t before[2], after[2], extra[2];
        for (std::size_t a = 0; a < 2; ++a) {
            const std::int64_t full = (in[a + 2] - 1) * s[a] + d[a] * (k[a] - 1) + 1 + op[a];
            std::int64_t target = -1;
            if (!shape.empty()) target = shape[shape.size() - 2 + a];
            else if (autopad == "SAME_UPPER" || autopad == "SAME_LOWER") target = in[a + 2] * s[a];
            extra[a] = op[a];
            if (target < 0) {
                before[a] = autopad == "VALID" ? 0 : pads[a];
                after[a] = autopad == "VALID" ? 0 : pads[a + 2];
                continue;
            }
            const std::int64_t total = full - target;
            if (total >= 0) {
                const bool upper = autopad == "SAME_UPPER";
                before[a] = upper ? total / 2 : total - total / 2;
                after[a] = upper ? total - total / 2 : total / 2;
            } else {
                before[a] = after[a] = 0;
                extra[a] = op[a] - total;
            }
            if (extra[a] >= std::max(s[a], d[a]))
                refuse(n, "asks for an output of " + std::to_string(target) + " along axis " +
                              std::to_string(a + 2) + ", which needs an output padding of " +
                              std::to_string(extra[a]) + "; ctnn's OutputPadding must be below "
                              "the stride or the dilation");
        }
        std::vector<std::string> args{std::to_string(k[0]), std::to_string(k[1]), std::to_string(f)};
        if (s[0] != 1 || s[1] != 1) args.push_back(pair_option("Stride", s[0], s[1]));
        if (before[0] || after[0] || before[1] || after[1])
            args.push_back(pad_option("Pad", before[0], after[0], before[1], after[1]));
        if (extra[0] || extra[1]) args.push_back(pair_option("OutputPadding", extra[0], extra[1]));
        if (d[0] != 1 || d[1] != 1) args.push_back(pair_option("Dilation", d[0], d[1]));
        if (g != 1) args.push_back("ctnn::Groups<" + std::to_string(g) + ">");
        if (!has_input(n, 2)) args.push_back("ctnn::NoBias");
        emit_layer(n, spell("ConvTranspose", args)).params = count(n, 1) + count(n, 2);
    }

    /// MaxPool or AvgPool on tensor `x` with `pads` (ONNX order), from the nodes `nodes` (the
    /// pooling node last).
    void window(const onnx::NodeProto& n, const std::string& name, const std::string& x,
                const std::vector<std::int64_t>& pads, const std::vector<const onnx::NodeProto*>& nodes) {
        const Dims& in = dims(x, n);
        if (in.size() != 4) map_input(n);
        const auto k = attr_ints(n, "kernel_shape");
        if (k.size() != 2) refuse(n, "has kernel_shape " + list(k) + "; ctnn's pooling is 2-D");
        const auto s = attr_ints(n, "strides", {1, 1});
        const auto d = attr_ints(n, "dilations", {1, 1});
        bool same = false;
        const auto p = paddings(n, in, pads, k, s, d, &same);
        std::vector<std::string> args{std::to_string(k[0]), std::to_string(k[1])};
        if (s[0] != k[0] || s[1] != k[1]) args.push_back(pair_option("Stride", s[0], s[1]));
        if (same) args.push_back("ctnn::Same");
        else if (p[0].before || p[0].after || p[1].before || p[1].after)
            args.push_back(pad_option("Pad", p[0].before, p[0].after, p[1].before, p[1].after));
        if (d[0] != 1 || d[1] != 1) args.push_back(pair_option("Dilation", d[0], d[1]));
        if (attr_int(n, "ceil_mode", 0)) {
            args.push_back("ctnn::CeilMode");
            // ONNX 1.12's shape inference rounds up without dropping a last window that would
            // start in the end padding; PyTorch, ONNX Runtime and ctnn drop it.
            const Dims& out = dims(n.output(0), n);
            for (std::size_t a = 0; a < 2 && !same; ++a) {
                const std::int64_t room = in[a + 2] + p[a].before + p[a].after - d[a] * (k[a] - 1) - 1;
                std::int64_t size = (room + s[a] - 1) / s[a] + 1;
                if ((size - 1) * s[a] >= in[a + 2] + p[a].before) --size;
                if (size != out[a + 2])
                    refuse(n, "rounds up (ceil_mode) to " + std::to_string(out[a + 2]) +
                                  " along axis " + std::to_string(a + 2) + " where its last window "
                                  "would start in the padding: ONNX 1.12's shape inference keeps it, "
                                  "PyTorch and ctnn drop it (" + std::to_string(size) +
                                  "); the two disagree, so the file is refused");
            }
        }
        bool beyond_half = false;
        for (std::size_t a = 0; a < 2; ++a) {
            for (std::int64_t q : {p[a].before, p[a].after}) {
                if (q >= k[a])
                    refuse(n, "pads " + std::to_string(q) + " along axis " + std::to_string(a + 2) +
                                  " with a window of " + std::to_string(k[a]) +
                                  "; ctnn's pooling pads less than the window (ONNX Runtime's "
                                  "rule)");
                if (q > k[a] / 2) beyond_half = true;
            }
        }
        // PyTorch allows pooling padding up to half the window, ONNX up to the window - 1.
        if (beyond_half) args.push_back("ctnn::PadUpToWindow");
        emit(OpKind::layer, nodes, {x}, {n.output(0)}, spell(name, args));
    }

    /// The axes of a reduction, non-negative, from the attribute or (opset 18) the input.
    std::vector<std::int64_t> reduce_axes(const onnx::NodeProto& n, std::int64_t rank) const {
        std::vector<std::int64_t> axes = attr_ints(n, "axes");
        if (has_input(n, 1)) axes = constant(n, 1, "axes").as_ints(describe(n) + "'s axes");
        for (auto& a : axes) a = a < 0 ? a + rank : a;
        std::sort(axes.begin(), axes.end());
        return axes;
    }

    void reduce(const onnx::NodeProto& n) {
        const Dims& in = dims(n.input(0), n);
        const auto axes = reduce_axes(n, static_cast<std::int64_t>(in.size()));
        if (in.size() != 4 || axes != std::vector<std::int64_t>{2, 3})
            refuse(n, "reduces the axes " + list(axes) + " of a " + shape_text(in) +
                          " tensor; ctnn-import takes the mean or max over H and W (global "
                          "pooling)");
        const bool keep = attr_int(n, "keepdims", 1) != 0;
        const bool mean = n.op_type() == "ReduceMean";
        emit_layer(n, keep ? (mean ? "ctnn::AdaptiveAvgPool<1>" : "ctnn::AdaptiveMaxPool<1>")
                           : (mean ? "ctnn::GlobalAvgPool" : "ctnn::GlobalMaxPool"));
    }

    void gemm(const onnx::NodeProto& n) {
        const Dims& in = dims(n.input(0), n);
        const Dims& out = dims(n.output(0), n);
        if (attr_int(n, "transA", 0) != 0 || in.size() != 2 || in[0] != 1)
            refuse(n, "multiplies a " + shape_text(in) + " tensor " +
                          (attr_int(n, "transA", 0) ? "transposed " : "") +
                          "; ctnn-import takes Gemm of an N x F vector (FC)");
        constant(n, 1, "weight matrix B");
        const std::int64_t units = out[1];
        if (has_input(n, 2)) {
            const Value& c = constant(n, 2, "bias C");
            if (c.count() != units)
                refuse(n, "adds a bias C of " + std::to_string(c.count()) + " values to " +
                              std::to_string(units) + " units; ctnn's FC has one bias per unit");
        }
        emit_layer(n, spell("FC", has_input(n, 2) ? std::vector<std::string>{std::to_string(units)}
                                                   : std::vector<std::string>{std::to_string(units), "ctnn::NoBias"}))
            .params = count(n, 1) + count(n, 2);
    }

    void batch_norm(const onnx::NodeProto& n) {
        require_unused_outputs(n);
        Op& op = emit_layer(n, "ctnn::BatchNorm");
        op.params = count(n, 1) + count(n, 2);
        op.statistics = count(n, 3) + count(n, 4);
    }

    void instance_norm(const onnx::NodeProto& n) {
        map_input(n);
        const auto scale = constant(n, 1, "scale").as_reals(describe(n) + "'s scale");
        const auto bias = constant(n, 2, "bias").as_reals(describe(n) + "'s bias");
        const bool plain = std::all_of(scale.begin(), scale.end(), [](double v) { return v == 1; }) &&
                           std::all_of(bias.begin(), bias.end(), [](double v) { return v == 0; });
        // PyTorch writes InstanceNorm2d(affine=False) with a scale of ones and a bias of zeros.
        if (plain) emit_layer(n, "ctnn::InstanceNorm");
        else emit_layer(n, "ctnn::InstanceNormWith<ctnn::Affine>").params = count(n, 1) + count(n, 2);
    }

    void prelu(const onnx::NodeProto& n) {
        const Dims& in = dims(n.input(0), n);
        const Value& slope = constant(n, 1, "slope");
        const std::int64_t c = in.size() >= 2 ? in[1] : 0;
        if (slope.count() == 1) emit_layer(n, "ctnn::SharedPReLU").params = 1;
        else if (slope.count() == c) emit_layer(n, "ctnn::PReLU").params = static_cast<std::uint64_t>(c);
        else
            refuse(n, "has " + std::to_string(slope.count()) + " slopes on a " + shape_text(in) +
                          " tensor; ctnn's PReLU has one per channel, SharedPReLU one");
    }

    void clip(const onnx::NodeProto& n) {
        std::optional<double> lo, hi;
        if (m_.opset < 11) {
            if (find_attribute(n, "min")) lo = attr_real(n, "min", 0);
            if (find_attribute(n, "max")) hi = attr_real(n, "max", 0);
        } else {
            if (has_input(n, 1)) lo = constant(n, 1, "minimum").as_reals(describe(n) + "'s min")[0];
            if (has_input(n, 2)) hi = constant(n, 2, "maximum").as_reals(describe(n) + "'s max")[0];
        }
        if (lo == 0.0 && hi == 6.0) return void(emit_layer(n, "ctnn::ReLU6"));
        if (lo == 0.0 && (!hi || std::isinf(*hi))) return void(emit_layer(n, "ctnn::ReLU"));
        const auto text = [](std::optional<double> v) { return v ? std::to_string(*v) : std::string("none"); };
        refuse(n, "clips to [" + text(lo) + ", " + text(hi) +
                      "]; ctnn has ReLU6 (0 to 6) and ReLU (0 and up)");
    }

    /// Flatten, Reshape, Squeeze, Unsqueeze: Flatten to N x F, nothing when the shape stays,
    /// N x C to N x C x 1 x 1 (only at the end of a Gate's branch).
    void reshape(const onnx::NodeProto& n) {
        const Dims& in = dims(n.input(0), n);
        const Dims& out = dims(n.output(0), n);
        if (out == in) return emit_alias(n);
        if (out.size() == 2 && out[0] == 1 && (in.size() == 4 || in.size() == 2))
            return void(emit_layer(n, "ctnn::Flatten"));
        if (in.size() == 2 && out == Dims{1, in[1], 1, 1}) {
            emit(OpKind::to_map, {&n}, {n.input(0)}, {n.output(0)});
            return;
        }
        // g[:, :, None, None]: N x C -> N x C x 1 -> N x C x 1 x 1 in two steps
        if (in.size() == 2 && out == Dims{1, in[1], 1}) {
            const onnx::NodeProto* next = only_reader(n.output(0));
            if (next && (next->op_type() == "Unsqueeze" || next->op_type() == "Reshape") &&
                m_.dims.count(next->output(0)) && m_.dims.at(next->output(0)) == Dims{1, in[1], 1, 1}) {
                emit(OpKind::to_map, {&n, next}, {n.input(0)}, {next->output(0)});
                return;
            }
        }
        refuse(n, "reshapes " + list(in) + " to " + list(out) +
                      "; ctnn-import takes reshapes to N x F (Flatten), channel shuffles "
                      "(Reshape, Transpose, Reshape) and N x C to N x C x 1 x 1 before a Gate's "
                      "product");
    }

    void resize(const onnx::NodeProto& n) {
        const Dims& in = map_input(n);
        const Dims& out = dims(n.output(0), n);
        const std::string mode = attr_text(n, "mode", "nearest");
        if (mode != "nearest" && mode != "linear" && mode != "bilinear")
            refuse(n, "resizes in mode '" + mode + "'; ctnn has Upsample (nearest) and "
                      "UpsampleBilinear (linear)");
        if (out.size() != 4 || out[0] != in[0] || out[1] != in[1] || out[2] % in[2] != 0 ||
            out[3] % in[3] != 0 || out[2] < in[2] || out[3] < in[3])
            refuse(n, "resizes " + shape_text(in) + " to " + shape_text(out) +
                          "; ctnn's Upsample takes whole factors (1, 2, 3, ...) of H and W");
        emit_layer(n, "ctnn::" + std::string(mode == "nearest" ? "Upsample" : "UpsampleBilinear") +
                          "<" + std::to_string(out[2] / in[2]) +
                          (out[2] / in[2] == out[3] / in[3] ? "" : ", " + std::to_string(out[3] / in[3])) +
                          ">");
    }

    void pad(const onnx::NodeProto& n) {
        map_input(n);
        const auto z = zero_padding(n);
        if (!z)
            refuse(n, "is not a padding of H and W with zeros (mode '" +
                          attr_text(n, "mode", "constant") +
                          "'); ctnn's ZeroPad pads rows and columns with zeros");
        const auto [t, b, l, r] = *z;
        if (!t && !b && !l && !r) return emit_alias(n);
        emit_layer(n, pad_option("ZeroPad", t, b, l, r));
    }

    void slice(const onnx::NodeProto& n) {
        const Dims& in = dims(n.input(0), n);
        std::vector<std::int64_t> starts, ends, axes, steps;
        if (m_.opset < 10) {
            starts = attr_ints(n, "starts");
            ends = attr_ints(n, "ends");
            axes = attr_ints(n, "axes");
        } else {
            starts = constant(n, 1, "starts").as_ints(describe(n) + "'s starts");
            ends = constant(n, 2, "ends").as_ints(describe(n) + "'s ends");
            if (has_input(n, 3)) axes = constant(n, 3, "axes").as_ints(describe(n) + "'s axes");
            if (has_input(n, 4)) steps = constant(n, 4, "steps").as_ints(describe(n) + "'s steps");
        }
        const auto rank = static_cast<std::int64_t>(in.size());
        if (axes.empty())
            for (std::size_t i = 0; i < starts.size(); ++i) axes.push_back(static_cast<std::int64_t>(i));
        std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> range;  // axis -> [b, e)
        for (std::size_t i = 0; i < axes.size(); ++i) {
            const std::int64_t a = axes[i] < 0 ? axes[i] + rank : axes[i];
            const std::int64_t len = in[static_cast<std::size_t>(a)];
            if (!steps.empty() && steps[i] != 1)
                refuse(n, "slices with step " + std::to_string(steps[i]) + "; ctnn-import takes step 1");
            const auto clamp = [len](std::int64_t v) {
                return std::clamp(v < 0 ? v + len : v, std::int64_t{0}, len);
            };
            const std::int64_t b = clamp(starts[i]), e = clamp(ends[i]);
            if (b != 0 || e != len) range[a] = {b, e};
        }
        if (range.empty()) return emit_alias(n);
        if (range.size() == 1 && range.count(1)) {
            Op& op = emit(OpKind::channel_slice, {&n}, {n.input(0)}, {n.output(0)});
            op.slice_begin = range[1].first;
            op.slice_end = range[1].second;
            return;
        }
        if (rank == 4 && !range.count(0) && !range.count(1)) {
            std::int64_t size[2] = {in[2], in[3]};
            for (std::int64_t a = 2; a < 4; ++a) {
                if (!range.count(a)) continue;
                const auto [b, e] = range[a];
                const std::int64_t len = in[static_cast<std::size_t>(a)];
                size[a - 2] = e - b;
                if (b != (len - (e - b)) / 2)
                    refuse(n, "crops rows or columns [" + std::to_string(b) + ", " +
                                  std::to_string(e) + ") of " + std::to_string(len) +
                                  "; ctnn's CenterCrop takes floor((in - out) / 2) from the "
                                  "start");
            }
            emit_layer(n, pair_option("CenterCrop", size[0], size[1]));
            return;
        }
        refuse(n, "slices the axes of a " + shape_text(in) +
                      " tensor in a way ctnn cannot express; ctnn-import takes slices of the "
                      "channels (ChannelSplit) and center crops of H and W");
    }

    void split(const onnx::NodeProto& n) {
        const Dims& in = dims(n.input(0), n);
        const std::int64_t rank = static_cast<std::int64_t>(in.size());
        std::int64_t axis = attr_int(n, "axis", 0);
        if (axis < 0) axis += rank;
        if (axis != 1)
            refuse(n, "splits axis " + std::to_string(axis) +
                          "; ctnn's ChannelSplit splits the channels (axis 1)");
        for (const auto& o : n.output()) {
            const Dims& d = dims(o, n);
            if (d[1] * n.output_size() != in[1])
                refuse(n, "splits " + std::to_string(in[1]) + " channels into unequal parts; "
                          "ctnn's ChannelSplit takes equal ones");
        }
        std::vector<std::string> outs(n.output().begin(), n.output().end());
        emit(OpKind::split, {&n}, {n.input(0)}, outs);
    }

    void concat(const onnx::NodeProto& n) {
        const auto data = data_inputs(n);
        if (data.size() != static_cast<std::size_t>(n.input_size()))
            refuse(n, "concatenates a constant tensor; ctnn's Concat joins branches");
        const Dims& out = dims(n.output(0), n);
        std::int64_t axis = attr_int(n, "axis", 1);
        if (axis < 0) axis += static_cast<std::int64_t>(out.size());
        if (axis != 1)
            refuse(n, "concatenates along axis " + std::to_string(axis) +
                          "; ctnn's Concat joins the channels (axis 1)");
        if (data.size() == 1) return emit_alias(n);
        emit(OpKind::concat, {&n}, data, {n.output(0)});
    }

    void join(const onnx::NodeProto& n) {
        const auto data = data_inputs(n);
        const bool add = n.op_type() != "Mul";
        if (data.size() != 2 || n.input_size() != 2)
            refuse(n, n.input_size() != 2
                          ? "sums " + std::to_string(n.input_size()) + " tensors; ctnn's Residual adds two"
                          : std::string(add ? "adds" : "multiplies by") +
                                " a constant tensor; ctnn has no such layer (only Residual's sum "
                                "of two branches, and Gate's product)");
        if (add && dims(data[0], n) != dims(data[1], n))
            refuse(n, "adds a " + shape_text(dims(data[0], n)) + " tensor to a " +
                          shape_text(dims(data[1], n)) + " one; ctnn's Residual adds equal shapes");
        emit(add ? OpKind::add : OpKind::mul, {&n}, data, {n.output(0)});
    }

    // -- whole-graph passes ------------------------------------------------------------------
    void sort_operations() {
        std::unordered_map<std::string, std::size_t> producer;
        for (std::size_t i = 0; i < graph_.ops.size(); ++i)
            for (const auto& o : graph_.ops[i].outputs) producer[o] = i;
        std::vector<int> state(graph_.ops.size(), 0);
        std::vector<Op> sorted;
        std::function<void(std::size_t)> visit = [&](std::size_t i) {
            if (state[i]) return;
            state[i] = 1;
            for (const auto& in : graph_.ops[i].inputs) {
                auto p = producer.find(resolve(in));
                if (p != producer.end()) visit(p->second);
            }
            sorted.push_back(graph_.ops[i]);
        };
        for (std::size_t i = 0; i < graph_.ops.size(); ++i) visit(i);
        graph_.ops = std::move(sorted);
    }

    std::string resolve(std::string t) const {
        for (auto it = alias_.find(t); it != alias_.end(); it = alias_.find(t)) t = it->second;
        return t;
    }

    void resolve_aliases() {
        for (Op& op : graph_.ops)
            for (auto& in : op.inputs) in = resolve(in);
        graph_.output = resolve(graph_.output);
    }

    /// Concat(x0, ..., xk) where an earlier Concat joins x0, ..., xj (j < k, the longest such):
    /// Concat(that one, xj+1, ..., xk); a Concat of the same inputs as an earlier one: that one.
    void rewrite_concats() {
        struct Earlier {
            std::vector<std::string> inputs;  // as written in the file (before any rewrite)
            std::string output;
        };
        std::vector<Earlier> concats;
        std::unordered_map<std::string, std::string> same;
        for (Op& op : graph_.ops) {
            if (op.kind != OpKind::concat) continue;
            for (auto& in : op.inputs)
                if (same.count(in)) in = same[in];
            const Earlier* best = nullptr;
            for (const Earlier& e : concats) {
                if (e.inputs.size() > op.inputs.size() || (best && e.inputs.size() <= best->inputs.size()))
                    continue;
                if (std::equal(e.inputs.begin(), e.inputs.end(), op.inputs.begin())) best = &e;
            }
            if (best && best->inputs.size() == op.inputs.size()) {
                same[op.outputs[0]] = best->output;
                op.inputs.clear();  // dead: removed below
                continue;
            }
            std::vector<std::string> inputs = op.inputs;
            if (best) {
                std::vector<std::string> rest{best->output};
                rest.insert(rest.end(), op.inputs.begin() + static_cast<std::ptrdiff_t>(best->inputs.size()),
                            op.inputs.end());
                op.inputs = rest;
            }
            concats.push_back({std::move(inputs), op.outputs[0]});
        }
        for (Op& op : graph_.ops)
            for (auto& in : op.inputs)
                if (same.count(in)) in = same[in];
        if (same.count(graph_.output)) graph_.output = same[graph_.output];
    }

    /// Drops the operations whose outputs nothing needs.
    void remove_dead_ops() {
        std::unordered_set<std::string> needed{graph_.output};
        std::vector<bool> live(graph_.ops.size(), false);
        for (std::size_t i = graph_.ops.size(); i-- > 0;) {
            const Op& op = graph_.ops[i];
            if (std::none_of(op.outputs.begin(), op.outputs.end(),
                             [&](const std::string& o) { return needed.count(o) > 0; }))
                continue;
            live[i] = true;
            needed.insert(op.inputs.begin(), op.inputs.end());
        }
        std::vector<Op> kept;
        for (std::size_t i = 0; i < graph_.ops.size(); ++i)
            if (live[i]) kept.push_back(std::move(graph_.ops[i]));
        graph_.ops = std::move(kept);
    }
};

}  // namespace

Graph translate(const Model& model) {
    if (model.value_of(model.output))
        throw ImportError("the graph's output '" + model.output +
                          "' is a constant: it does not depend on the input");
    return Translator(model).run();
}

}  // namespace ctnn_import

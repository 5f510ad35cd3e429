// ctnn-import: static evaluation of constant subgraphs (constants.hpp).

#include "constants.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <unordered_set>

#include <onnx/defs/schema.h>
#include <onnx/defs/tensor_proto_util.h>
#include <onnx/shape_inference/implementation.h>

#include "error.hpp"

namespace ctnn_import {

namespace {

/// Constants larger than this are kept as they are (weights), never computed with.
constexpr std::int64_t max_folded = 1 << 16;

bool is_integer_type(std::int32_t t) {
    using T = onnx::TensorProto;
    return t == T::INT64 || t == T::INT32 || t == T::INT16 || t == T::INT8 || t == T::UINT8 ||
           t == T::UINT16 || t == T::UINT32 || t == T::UINT64 || t == T::BOOL;
}

/// The Value of a TensorProto (an initializer or a Constant node's attribute): its elements read
/// when it is small, the tensor kept for counting.
Value value_of_tensor(const onnx::TensorProto& t) {
    Value v;
    v.dims.assign(t.dims().begin(), t.dims().end());
    v.type = t.data_type();
    v.integer = is_integer_type(v.type);
    v.tensor = &t;
    // (read_model leaves the data of large tensors out of the model: those are not read)
    const bool has_data = !t.raw_data().empty() || t.float_data_size() || t.int32_data_size() ||
                          t.int64_data_size() || t.double_data_size() || t.uint64_data_size();
    if (v.count() <= max_folded && (has_data || v.count() == 0)) {
        using T = onnx::TensorProto;
        switch (v.type) {
        case T::INT64: v.ints = onnx::ParseData<std::int64_t>(&t); break;
        case T::INT32: {
            const auto d = onnx::ParseData<std::int32_t>(&t);
            v.ints.assign(d.begin(), d.end());
            break;
        }
        case T::FLOAT: {
            const auto d = onnx::ParseData<float>(&t);
            v.reals.assign(d.begin(), d.end());
            break;
        }
        case T::DOUBLE: v.reals = onnx::ParseData<double>(&t); break;
        default: break;
        }
    }
    return v;
}

const onnx::AttributeProto* attribute(const onnx::NodeProto& n, const char* name) {
    for (const auto& a : n.attribute())
        if (a.name() == name) return &a;
    return nullptr;
}

/// An integer or floating-point result with the element type of `like`.
Value result(const Value& like, Dims dims) {
    Value v;
    v.dims = std::move(dims);
    v.type = like.type;
    v.integer = like.integer;
    return v;
}

Value ints_value(Dims dims, std::vector<std::int64_t> ints) {
    Value v;
    v.dims = std::move(dims);
    v.type = onnx::TensorProto::INT64;
    v.integer = true;
    v.ints = std::move(ints);
    return v;
}

/// Whether every element of `v` has been read (a small constant ctnn-import can compute with).
bool readable(const Value& v) {
    if (v.count() > max_folded) return false;
    return v.integer ? static_cast<std::int64_t>(v.ints.size()) == v.count()
                     : static_cast<std::int64_t>(v.reals.size()) == v.count();
}

double element(const Value& v, std::int64_t i) {
    const auto k = static_cast<std::size_t>(i);
    return v.integer ? static_cast<double>(v.ints[k]) : v.reals[k];
}

/// Elementwise arithmetic with NumPy broadcasting of a scalar or equal shapes.
std::optional<Value> binary(const Value& a, const Value& b,
                            const std::function<double(double, double)>& real,
                            const std::function<std::int64_t(std::int64_t, std::int64_t)>& integer) {
    if (!readable(a) || !readable(b)) return std::nullopt;
    const bool a_scalar = a.count() == 1, b_scalar = b.count() == 1;
    if (a.dims != b.dims && !a_scalar && !b_scalar) return std::nullopt;
    const Value& shape = (a_scalar && !b_scalar) || (a_scalar && b.dims.size() > a.dims.size()) ? b : a;
    Value out = result(a, shape.dims);
    out.integer = a.integer && b.integer;
    if (!out.integer) out.type = a.integer ? b.type : a.type;
    const std::int64_t n = shape.count();
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t ia = a_scalar ? 0 : i, ib = b_scalar ? 0 : i;
        if (out.integer)
            out.ints.push_back(integer(a.ints[static_cast<std::size_t>(ia)],
                                       b.ints[static_cast<std::size_t>(ib)]));
        else
            out.reals.push_back(real(element(a, ia), element(b, ib)));
    }
    return out;
}

std::optional<Value> unary(const Value& a, const std::function<double(double)>& f) {
    if (!readable(a)) return std::nullopt;
    Value out = result(a, a.dims);
    for (std::int64_t i = 0; i < a.count(); ++i) {
        const double r = f(element(a, i));
        if (a.integer) out.ints.push_back(static_cast<std::int64_t>(r));
        else out.reals.push_back(r);
    }
    return out;
}

std::int64_t wrap(std::int64_t i, std::int64_t n) { return i < 0 ? i + n : i; }

std::vector<std::int64_t> attr_ints(const onnx::NodeProto& n, const char* name) {
    const auto* a = attribute(n, name);
    return a ? std::vector<std::int64_t>(a->ints().begin(), a->ints().end())
             : std::vector<std::int64_t>{};
}

/// A Value with `keep` elements of `v` (given as indices), of shape `dims`.
Value pick(const Value& v, const std::vector<std::int64_t>& keep, Dims dims) {
    Value out = result(v, std::move(dims));
    for (std::int64_t k : keep) {
        if (v.integer) out.ints.push_back(v.ints[static_cast<std::size_t>(k)]);
        else out.reals.push_back(v.reals[static_cast<std::size_t>(k)]);
    }
    return out;
}

/// The value of a node's output, if every input it needs is known: the evaluator of the
/// constant subgraphs exporters write. `in(i)` is input i's value (nullptr: not constant),
/// `dims(i)` its dimensions as inferred.
std::optional<Value> evaluate(const onnx::NodeProto& n, std::int64_t opset,
                              const std::function<const Value*(int)>& in,
                              const std::function<std::optional<Dims>(int)>& dims) {
    const std::string& op = n.op_type();
    if (op == "Constant") {
        if (const auto* a = attribute(n, "value")) return value_of_tensor(a->t());
        if (const auto* a = attribute(n, "value_int")) return ints_value({}, {a->i()});
        if (const auto* a = attribute(n, "value_ints"))
            return ints_value({a->ints_size()}, {a->ints().begin(), a->ints().end()});
        Value v;
        v.type = onnx::TensorProto::FLOAT;
        if (const auto* a = attribute(n, "value_float")) {
            v.reals = {a->f()};
            return v;
        }
        if (const auto* a = attribute(n, "value_floats")) {
            v.dims = {a->floats_size()};
            v.reals.assign(a->floats().begin(), a->floats().end());
            return v;
        }
        return std::nullopt;
    }
    if (op == "Shape" || op == "Size") {
        const auto d = dims(0);
        if (!d || std::any_of(d->begin(), d->end(), [](std::int64_t x) { return x < 0; }))
            return std::nullopt;
        if (op == "Size") {
            std::int64_t count = 1;
            for (std::int64_t x : *d) count *= x;
            return ints_value({}, {count});
        }
        const auto rank = static_cast<std::int64_t>(d->size());
        std::int64_t start = 0, end = rank;
        if (const auto* a = attribute(n, "start")) start = std::clamp(wrap(a->i(), rank), std::int64_t{0}, rank);
        if (const auto* a = attribute(n, "end")) end = std::clamp(wrap(a->i(), rank), std::int64_t{0}, rank);
        std::vector<std::int64_t> s(d->begin() + start, d->begin() + std::max(start, end));
        return ints_value({static_cast<std::int64_t>(s.size())}, s);
    }
    // everything else needs all its (non-empty) inputs known
    for (int i = 0; i < n.input_size(); ++i)
        if (!n.input(i).empty() && in(i) == nullptr) return std::nullopt;
    const Value* a = n.input_size() > 0 ? in(0) : nullptr;
    if (op == "Identity") return *a;
    if (!a || (!readable(*a) && op != "Reshape")) return std::nullopt;
    if (op == "Reshape") {
        if (!readable(*a) || !in(1)) return std::nullopt;
        const auto target = in(1)->as_ints("Reshape's shape");
        Dims out;
        std::int64_t known = 1, free = -1;
        for (std::size_t i = 0; i < target.size(); ++i) {
            std::int64_t t = target[i];
            if (t == 0 && i < a->dims.size()) t = a->dims[i];
            if (t == -1) free = static_cast<std::int64_t>(i);
            else known *= t;
            out.push_back(t);
        }
        if (free >= 0) out[static_cast<std::size_t>(free)] = known ? a->count() / known : 0;
        Value v = *a;
        v.dims = out;
        v.tensor = nullptr;
        return v;
    }
    if (op == "Gather") {
        const Value* idx = in(1);
        const auto* ax = attribute(n, "axis");
        if ((ax && ax->i() != 0) || a->dims.size() != 1 || !readable(*idx)) return std::nullopt;
        std::vector<std::int64_t> keep;
        for (std::int64_t i : idx->as_ints("Gather's indices")) keep.push_back(wrap(i, a->dims[0]));
        return pick(*a, keep, idx->dims);
    }
    if (op == "Unsqueeze" || op == "Squeeze") {
        std::vector<std::int64_t> axes = attr_ints(n, "axes");
        if (opset >= 13 && n.input_size() > 1 && !n.input(1).empty())
            axes = in(1)->as_ints(op + "'s axes");
        Dims out = a->dims;
        if (op == "Unsqueeze") {
            const auto rank = static_cast<std::int64_t>(out.size() + axes.size());
            for (auto& x : axes) x = wrap(x, rank);
            std::sort(axes.begin(), axes.end());
            for (std::int64_t x : axes) out.insert(out.begin() + x, 1);
        } else if (axes.empty()) {
            out.erase(std::remove(out.begin(), out.end(), 1), out.end());
        } else {
            const auto rank = static_cast<std::int64_t>(out.size());
            for (auto& x : axes) x = wrap(x, rank);
            std::sort(axes.rbegin(), axes.rend());
            for (std::int64_t x : axes) out.erase(out.begin() + x);
        }
        Value v = *a;
        v.dims = out;
        v.tensor = nullptr;
        return v;
    }
    if (op == "Concat") {
        Value out = result(*a, {0});
        for (int i = 0; i < n.input_size(); ++i) {
            const Value* p = in(i);
            if (!readable(*p) || p->dims.size() > 1 || p->integer != a->integer) return std::nullopt;
            out.ints.insert(out.ints.end(), p->ints.begin(), p->ints.end());
            out.reals.insert(out.reals.end(), p->reals.begin(), p->reals.end());
            out.dims[0] += p->count();
        }
        return out;
    }
    if (op == "Slice") {
        std::vector<std::int64_t> starts, ends, axes, steps;
        if (opset < 10) {
            starts = attr_ints(n, "starts");
            ends = attr_ints(n, "ends");
            axes = attr_ints(n, "axes");
        } else {
            starts = in(1)->as_ints("Slice's starts");
            ends = in(2)->as_ints("Slice's ends");
            if (n.input_size() > 3 && !n.input(3).empty()) axes = in(3)->as_ints("Slice's axes");
            if (n.input_size() > 4 && !n.input(4).empty()) steps = in(4)->as_ints("Slice's steps");
        }
        const auto rank = static_cast<std::int64_t>(a->dims.size());
        if (axes.empty())
            for (std::size_t i = 0; i < starts.size(); ++i) axes.push_back(static_cast<std::int64_t>(i));
        // the indices kept along each axis
        std::vector<std::vector<std::int64_t>> keep(a->dims.size());
        for (std::size_t d = 0; d < a->dims.size(); ++d)
            for (std::int64_t i = 0; i < a->dims[d]; ++i) keep[d].push_back(i);
        for (std::size_t i = 0; i < axes.size() && i < starts.size() && i < ends.size(); ++i) {
            const std::int64_t axis = wrap(axes[i], rank);
            if (axis < 0 || axis >= rank) return std::nullopt;
            const std::int64_t len = a->dims[static_cast<std::size_t>(axis)];
            const std::int64_t step = steps.size() > i ? steps[i] : 1;
            if (step == 0) return std::nullopt;
            std::int64_t b = starts[i] < 0 ? starts[i] + len : starts[i];
            std::int64_t e = ends[i] < 0 ? ends[i] + len : ends[i];
            auto& k = keep[static_cast<std::size_t>(axis)];
            k.clear();
            if (step > 0) {
                b = std::clamp(b, std::int64_t{0}, len);
                e = std::clamp(e, std::int64_t{0}, len);
                for (std::int64_t x = b; x < e; x += step) k.push_back(x);
            } else {
                b = std::clamp(b, std::int64_t{-1}, len - 1);
                e = std::clamp(e, std::int64_t{-1}, len - 1);
                for (std::int64_t x = b; x > e; x += step) k.push_back(x);
            }
        }
        Dims out_dims;
        for (const auto& k : keep) out_dims.push_back(static_cast<std::int64_t>(k.size()));
        std::vector<std::int64_t> flat;
        std::vector<std::size_t> at(keep.size(), 0);
        const bool empty = std::any_of(keep.begin(), keep.end(), [](const auto& k) { return k.empty(); });
        while (!empty) {
            std::int64_t index = 0;
            for (std::size_t d = 0; d < keep.size(); ++d) index = index * a->dims[d] + keep[d][at[d]];
            flat.push_back(index);
            std::size_t d = keep.size();
            while (d > 0 && ++at[d - 1] == keep[d - 1].size()) at[--d] = 0;
            if (d == 0) break;
        }
        return pick(*a, flat, out_dims);
    }
    if (op == "Transpose") {
        const auto rank = a->dims.size();
        std::vector<std::int64_t> perm = attr_ints(n, "perm");
        if (perm.empty())
            for (std::size_t d = rank; d-- > 0;) perm.push_back(static_cast<std::int64_t>(d));
        if (perm.size() != rank) return std::nullopt;
        Dims out_dims;
        for (std::int64_t p : perm) out_dims.push_back(a->dims[static_cast<std::size_t>(p)]);
        std::vector<std::int64_t> flat;
        std::vector<std::int64_t> at(rank, 0);
        for (std::int64_t i = 0; i < a->count(); ++i) {
            // `at` is the output position; its input position has at[k] on axis perm[k]
            std::vector<std::int64_t> src(rank, 0);
            for (std::size_t k = 0; k < rank; ++k) src[static_cast<std::size_t>(perm[k])] = at[k];
            std::int64_t index = 0;
            for (std::size_t d = 0; d < rank; ++d) index = index * a->dims[d] + src[d];
            flat.push_back(index);
            for (std::size_t k = rank; k-- > 0;) {
                if (++at[k] < out_dims[k]) break;
                at[k] = 0;
            }
        }
        return pick(*a, flat, out_dims);
    }
    if (op == "Add")
        return binary(*a, *in(1), std::plus<double>(), std::plus<std::int64_t>());
    if (op == "Sub")
        return binary(*a, *in(1), std::minus<double>(), std::minus<std::int64_t>());
    if (op == "Mul")
        return binary(*a, *in(1), std::multiplies<double>(), std::multiplies<std::int64_t>());
    if (op == "Div") {
        if (in(1)->integer) {
            const auto d = in(1)->as_ints("Div's divisor");
            if (std::find(d.begin(), d.end(), 0) != d.end()) return std::nullopt;
        }
        return binary(*a, *in(1), std::divides<double>(),
                      [](std::int64_t x, std::int64_t y) {
                          // integer division rounding down, as NumPy's (the ONNX reference)
                          const std::int64_t q = x / y;
                          return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q;
                      });
    }
    if (op == "Equal")
        return binary(*a, *in(1), [](double x, double y) { return x == y ? 1.0 : 0.0; },
                      [](std::int64_t x, std::int64_t y) -> std::int64_t { return x == y; });
    if (op == "Floor") return unary(*a, [](double x) { return std::floor(x); });
    if (op == "Ceil") return unary(*a, [](double x) { return std::ceil(x); });
    if (op == "Sqrt") return unary(*a, [](double x) { return std::sqrt(x); });
    if (op == "Neg") return unary(*a, [](double x) { return -x; });
    if (op == "Cast") {
        const auto* to = attribute(n, "to");
        if (!to) return std::nullopt;
        Value v = *a;
        v.tensor = nullptr;
        v.type = static_cast<std::int32_t>(to->i());
        v.integer = is_integer_type(v.type);
        if (v.integer && !a->integer) {
            v.ints.clear();
            for (double r : a->reals) v.ints.push_back(static_cast<std::int64_t>(r));
            v.reals.clear();
        } else if (!v.integer && a->integer) {
            v.reals.assign(a->ints.begin(), a->ints.end());
            v.ints.clear();
        }
        return v;
    }
    if (op == "Where") {
        const Value *x = in(1), *y = in(2);
        if (!readable(*x) || !readable(*y) || a->dims != x->dims || x->dims != y->dims ||
            x->integer != y->integer)
            return std::nullopt;
        Value out = result(*x, x->dims);
        for (std::int64_t i = 0; i < a->count(); ++i) {
            const Value& from = element(*a, i) != 0 ? *x : *y;
            if (out.integer) out.ints.push_back(from.ints[static_cast<std::size_t>(i)]);
            else out.reals.push_back(from.reals[static_cast<std::size_t>(i)]);
        }
        return out;
    }
    if (op == "ConstantOfShape") {
        const auto shape = a->as_ints("ConstantOfShape's shape");
        std::int64_t count = 1;
        for (std::int64_t d : shape) count *= d;
        if (count > max_folded) return std::nullopt;
        Value fill = ints_value({}, {0});
        fill.type = onnx::TensorProto::FLOAT;
        fill.integer = false;
        fill.ints.clear();
        fill.reals = {0.0};
        if (const auto* v = attribute(n, "value")) fill = value_of_tensor(v->t());
        if (!readable(fill)) return std::nullopt;
        Value out = result(fill, shape);
        for (std::int64_t i = 0; i < count; ++i) {
            if (out.integer) out.ints.push_back(fill.ints[0]);
            else out.reals.push_back(fill.reals[0]);
        }
        return out;
    }
    if (op == "Range") {
        const double start = element(*a, 0), limit = element(*in(1), 0), delta = element(*in(2), 0);
        if (delta == 0) return std::nullopt;
        const auto count = static_cast<std::int64_t>(std::max(std::ceil((limit - start) / delta), 0.0));
        if (count > max_folded) return std::nullopt;
        Value out = result(*a, {count});
        for (std::int64_t i = 0; i < count; ++i) {
            const double x = start + static_cast<double>(i) * delta;
            if (out.integer) out.ints.push_back(static_cast<std::int64_t>(x));
            else out.reals.push_back(x);
        }
        return out;
    }
    return std::nullopt;
}

/// The TensorProto of a folded value, to stand in the graph as an initializer named `name`.
onnx::TensorProto tensor_of(const Value& v, const std::string& name) {
    onnx::TensorProto t;
    if (v.tensor) {
        t = *v.tensor;
        t.clear_dims();
    }
    t.set_name(name);
    for (std::int64_t d : v.dims) t.add_dims(d);
    if (v.tensor && v.tensor->name() != name && !readable(v)) return t;  // a big Constant: copied
    t.clear_raw_data();
    t.clear_int64_data();
    t.clear_int32_data();
    t.clear_float_data();
    t.clear_double_data();
    if (v.integer) {
        t.set_data_type(onnx::TensorProto::INT64);
        for (std::int64_t x : v.ints) t.add_int64_data(x);
    } else if (v.type == onnx::TensorProto::DOUBLE) {
        t.set_data_type(onnx::TensorProto::DOUBLE);
        for (double x : v.reals) t.add_double_data(x);
    } else {
        t.set_data_type(onnx::TensorProto::FLOAT);
        for (double x : v.reals) t.add_float_data(static_cast<float>(x));
    }
    return t;
}

void run_shape_inference(Model& m) {
    try {
        onnx::ShapeInferenceOptions options(/*check_type=*/false, /*error_mode=*/0,
                                            /*enable_data_propagation=*/true);
        onnx::shape_inference::InferShapes(m.proto, onnx::OpSchemaRegistry::Instance(), options);
    } catch (const std::exception& e) {
        throw ImportError(std::string("ONNX's shape inference rejects the graph: ") + e.what());
    }
}

Dims dims_of_type(const onnx::TypeProto& type) {
    Dims d;
    if (!type.has_tensor_type() || !type.tensor_type().has_shape()) return d;
    for (const auto& x : type.tensor_type().shape().dim())
        d.push_back(x.has_dim_value() ? x.dim_value() : -1);
    return d;
}

void collect_dims(Model& m) {
    m.dims.clear();
    const auto& g = m.proto.graph();
    for (const auto* list : {&g.input(), &g.value_info(), &g.output()})
        for (const auto& v : *list)
            if (v.type().has_tensor_type() && v.type().tensor_type().has_shape())
                m.dims[v.name()] = dims_of_type(v.type());
    for (const auto& t : g.initializer()) m.dims[t.name()] = Dims(t.dims().begin(), t.dims().end());
}

/// The graph's nodes in topological order (ONNX requires it; exporters are trusted no further).
std::vector<int> topological_order(const onnx::GraphProto& g) {
    std::unordered_map<std::string, int> producer;
    for (int i = 0; i < g.node_size(); ++i)
        for (const auto& o : g.node(i).output()) producer[o] = i;
    std::vector<int> order, state(static_cast<std::size_t>(g.node_size()), 0);
    std::function<void(int)> visit = [&](int i) {
        auto& s = state[static_cast<std::size_t>(i)];
        if (s == 2) return;
        if (s == 1) throw ImportError("the graph has a cycle through node " + describe(g.node(i)));
        s = 1;
        for (const auto& in : g.node(i).input()) {
            const auto p = producer.find(in);
            if (p != producer.end()) visit(p->second);
        }
        s = 2;
        order.push_back(i);
    };
    for (int i = 0; i < g.node_size(); ++i) visit(i);
    return order;
}

}  // namespace

void infer_and_fold(Model& m) {
    for (int round = 0;; ++round) {
        run_shape_inference(m);
        collect_dims(m);
        m.values.clear();
        for (const auto& t : m.proto.graph().initializer()) m.values[t.name()] = value_of_tensor(t);
        onnx::GraphProto& g = *m.proto.mutable_graph();
        const std::vector<int> order = topological_order(g);
        std::vector<bool> folded(static_cast<std::size_t>(g.node_size()), false);
        bool any = false;
        for (int i : order) {
            const onnx::NodeProto& n = g.node(i);
            const auto in = [&](int k) -> const Value* {
                return k < n.input_size() ? m.value_of(n.input(k)) : nullptr;
            };
            const auto dims = [&](int k) -> std::optional<Dims> {
                if (k >= n.input_size()) return std::nullopt;
                const auto it = m.dims.find(n.input(k));
                if (it == m.dims.end()) return std::nullopt;
                return it->second;
            };
            if (n.output_size() != 1 || !n.domain().empty()) continue;
            if (n.output(0) == m.output) continue;  // a constant output stays, to be refused
            std::optional<Value> v = evaluate(n, m.opset, in, dims);
            if (!v) continue;
            m.values[n.output(0)] = *v;
            folded[static_cast<std::size_t>(i)] = true;
            any = true;
        }
        if (!any) {
            m.nodes.clear();
            for (int i : order) m.nodes.push_back(&g.node(i));
            return;
        }
        if (round > 16) throw ImportError("folding the constant subgraphs does not converge");
        // Replace the folded nodes by initializers (an Identity of an initializer: by the
        // initializer itself), then infer the shapes again.
        std::unordered_set<std::string> used;
        for (int i = 0; i < g.node_size(); ++i)
            if (!folded[static_cast<std::size_t>(i)])
                for (const auto& in : g.node(i).input()) used.insert(in);
        std::unordered_set<std::string> initializers;
        for (const auto& t : g.initializer()) initializers.insert(t.name());
        std::unordered_map<std::string, std::string> renamed;
        std::vector<onnx::TensorProto> added;
        for (int i = 0; i < g.node_size(); ++i) {
            if (!folded[static_cast<std::size_t>(i)]) continue;
            const onnx::NodeProto& n = g.node(i);
            const std::string& out = n.output(0);
            if (!used.count(out)) continue;
            const Value& v = m.values[out];
            std::string source = n.op_type() == "Identity" ? n.input(0) : std::string();
            while (renamed.count(source)) source = renamed[source];
            if (initializers.count(source)) {
                renamed[out] = source;  // an Identity of an initializer: the initializer itself
            } else {
                added.push_back(tensor_of(v, out));
            }
        }
        for (auto& t : added) *g.add_initializer() = std::move(t);
        auto* nodes = g.mutable_node();
        int kept = 0;
        for (int i = 0; i < nodes->size(); ++i)
            if (!folded[static_cast<std::size_t>(i)]) nodes->SwapElements(i, kept++);
        nodes->DeleteSubrange(kept, nodes->size() - kept);
        for (auto& n : *nodes)
            for (auto& in : *n.mutable_input()) {
                auto r = renamed.find(in);
                while (r != renamed.end()) {
                    in = r->second;
                    r = renamed.find(in);
                }
            }
        // value_info of renamed tensors would be stale: inference writes it again
        g.clear_value_info();
    }
}

}  // namespace ctnn_import

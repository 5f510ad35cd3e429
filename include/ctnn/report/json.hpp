#pragma once
// ctnn/report/json.hpp: the report as JSON, for tools.
//
//   ctnn::json<ResNet50>(file);
//
// Schema "ctnn-report/1" (docs/reports.md describes every field):
//   { "schema": "ctnn-report/1", "ctnn_version": "0.1.0",
//     "network": { "name", "input": shape, "output": shape },
//     "conventions": { "layout", "params", "non_trainable", "macs", "activations", "peak",
//                      "receptive_field", "element", "bytes_per_value" },
//     "layers": [ { "index", "path", "depth", "position", "kind", "family", "name",
//                   "input": shape, "output": shape, "in_place", and the chosen columns:
//                   "activations", "weights", "biases", "params", "non_trainable" and
//                   "frozen", "macs" and "ops": { "macs", "bias", "normalization", "pooling",
//                   "activation", "elementwise" }, "live", "receptive_field":
//                   { "size": [h, w], "jump": [h, w], "start": [h, w] } } ],
//     "totals": { "layers", "rows", "params", "weights", "biases", "trainable", "frozen",
//                 "non_trainable", "total_params", "activations", "peak_activations", "macs",
//                 "flops", "total_ops", "ops", "receptive_field",
//                 "bytes": { "params", "activations", "peak_activations" } } }
// A shape is { "h", "w", "c", "flat" }. Counts are JSON integers up to 2^64 - 1 (more than a
// JavaScript number holds exactly: read them with a 64-bit-aware parser); a byte figure beyond
// 2^64 is null, and so is a receptive field that is not a whole number of pixels (after
// upsampling by a factor that does not divide the jump). `layers` holds the rows shown at the options' depth, in pre-order.

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <ctnn/core/checked.hpp>
#include <ctnn/report/data.hpp>
#include <ctnn/report/format.hpp>

namespace ctnn {

namespace detail {
inline std::string json_quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    const char* hex = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xf];
                    out += hex[c & 0xf];
                } else {
                    out += c;
                }
        }
    }
    return out + '"';
}
inline std::string json_shape(const Shape& s) {
    return "{\"h\": " + std::to_string(s.h) + ", \"w\": " + std::to_string(s.w) +
           ", \"c\": " + std::to_string(s.c) + ", \"flat\": " + (s.flat ? "true" : "false") + "}";
}
inline std::string json_count(std::uint64_t n) {
    return n == count_overflow ? "null" : std::to_string(n);
}
inline std::string json_ops(const Ops& o) {
    return "{\"macs\": " + std::to_string(o.macs) + ", \"bias\": " + std::to_string(o.bias) +
           ", \"normalization\": " + std::to_string(o.normalization) +
           ", \"pooling\": " + std::to_string(o.pooling) +
           ", \"activation\": " + std::to_string(o.activation) +
           ", \"elementwise\": " + std::to_string(o.elementwise) + "}";
}
inline std::string json_field(const Field& f) {
    if (!f.known()) return "null";
    return "{\"size\": [" + std::to_string(f.size_h) + ", " + std::to_string(f.size_w) +
           "], \"jump\": [" + std::to_string(f.jump_h) + ", " + std::to_string(f.jump_w) +
           "], \"start\": [" + std::to_string(f.start_h) + ", " + std::to_string(f.start_w) + "]}";
}
}  // namespace detail

/// Prints report `r` as JSON (schema "ctnn-report/1").
inline void write_json(std::ostream& os, const Report& r, const ReportOptions& o = {}) {
    using namespace detail;
    const std::vector<const Column*> columns = shown_columns(r, o, in_json);
    const Totals& t = r.totals;
    os << "{\n  \"schema\": \"ctnn-report/1\",\n  \"ctnn_version\": " << json_quoted(version_string)
       << ",\n  \"network\": {\"name\": " << json_quoted(r.network)
       << ", \"input\": " << json_shape(r.rows[0].output) << ", \"output\": " << json_shape(r.output)
       << "},\n  \"conventions\": {\n"
       << "    \"layout\": \"H x W x C, batch 1\",\n"
       << "    \"params\": \"learnable: weights and biases, BatchNorm scale and shift, frozen or not\",\n"
       << "    \"non_trainable\": \"moving statistics (BatchNorm mean and variance) and frozen params\",\n"
       << "    \"macs\": \"multiply-accumulates of convolutions and fully connected layers\",\n"
       << "    \"activations\": \"values of the input and of every output not computed in place\",\n"
       << "    \"peak\": \"most values held at once, each tensor freed after its last use\",\n"
       << "    \"receptive_field\": \"size, jump and start in input pixels; merges take the union\",\n"
       << "    \"element\": " << json_quoted(o.element) << ",\n"
       << "    \"bytes_per_value\": " << o.bytes_per_value << "\n  },\n  \"layers\": [";
    const std::vector<std::string> paths = row_paths(r.rows, r.count);
    bool first = true;
    for (std::size_t i = 0; i < r.count; ++i) {
        const Row& row = r.rows[i];
        if (!shown(row, o.depth)) continue;
        os << (first ? "\n" : ",\n") << "    {\"index\": " << row.index << ", \"path\": "
           << json_quoted(paths[i]) << ", \"depth\": " << row.depth
           << ", \"position\": " << row.position << ", \"kind\": " << json_quoted(row.kind->name)
           << ", \"family\": " << json_quoted(family(row.name)) << ", \"name\": "
           << json_quoted(row.name) << ",\n     \"input\": " << json_shape(row.input)
           << ", \"output\": " << json_shape(row.output)
           << ", \"in_place\": " << (row.in_place ? "true" : "false");
        for (const Column* c : columns) {
            const Cell cell = c->value(row);
            os << (c->json_line ? ",\n     " : ", ") << json_quoted(c->json) << ": ";
            if (cell.of == Cell::type::field)
                os << json_field(cell.field);
            else if (cell.of == Cell::type::ops)
                os << json_ops(cell.ops);
            else
                os << cell.count;
        }
        os << '}';
        first = false;
    }
    os << "\n  ],\n  \"totals\": {\"layers\": " << t.layers << ", \"rows\": " << t.rows
       << ", \"params\": " << t.params << ", \"weights\": " << t.weights
       << ", \"biases\": " << t.biases << ", \"trainable\": " << t.trainable
       << ", \"frozen\": " << t.frozen << ", \"non_trainable\": " << t.non_trainable
       << ", \"total_params\": " << t.total_params << ",\n    \"activations\": " << t.activations
       << ", \"peak_activations\": " << t.peak << ", \"macs\": " << t.ops.macs
       << ", \"flops\": " << json_count(checked_mul(2, t.ops.macs))
       << ", \"total_ops\": " << json_count(t.ops.total()) << ",\n    \"ops\": " << json_ops(t.ops)
       << ",\n    \"receptive_field\": " << json_field(t.field)
       << ",\n    \"bytes\": {\"params\": " << json_count(bytes(t.total_params, o))
       << ", \"activations\": " << json_count(bytes(t.activations, o))
       << ", \"peak_activations\": " << json_count(bytes(t.peak, o)) << "}}\n}\n";
}

/// Prints network N as JSON.
template <class N>
void json(std::ostream& os, const ReportOptions& o = {}) {
    write_json(os, report_of<N>(), o);
}

/// Network N as JSON, in a string.
template <class N>
std::string json_string(const ReportOptions& o = {}) {
    std::ostringstream os;
    json<N>(os, o);
    return os.str();
}

}  // namespace ctnn

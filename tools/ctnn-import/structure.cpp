// ctnn-import: graph -> blocks (structure.hpp).
//
// The operations form a DAG from the input to the output. Walking from the input, a tensor read
// by one layer continues the chain; a tensor read by several operations is a fork, and its
// branches join at their nearest common post-dominator (the first operation that every path
// from the fork passes through), computed once for the whole graph (Cooper, Harvey and
// Kennedy's algorithm on the reversed DAG). Between the fork and the join, each input of the
// join must be reached through its own branch: operations that no other branch reads and that
// read nothing from outside. Branches are recovered the same way, so blocks nest to any depth.

#include "structure.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "error.hpp"

namespace ctnn_import {

namespace {

using Region = std::unordered_set<std::size_t>;

/// Concat(a, b, c, d) where b and c are computed from a tensor that a and d do not read (the
/// exporter flattened Concat(a, Concat(b, c), d), as in Inception-v3's last modules): the Concat
/// of b and c is written as an operation of its own. Groups of inputs that share operations
/// must be contiguous (concatenation is associative, not commutative); others are left as they
/// are, for the recovery to refuse.
void nest_concats(Graph& g) {
    for (bool changed = true; changed;) {
        changed = false;
        std::unordered_map<std::string, std::size_t> producer;
        for (std::size_t i = 0; i < g.ops.size(); ++i)
            for (const auto& o : g.ops[i].outputs) producer[o] = i;
        for (std::size_t c = 0; c < g.ops.size() && !changed; ++c) {
            Op& concat = g.ops[c];
            const std::size_t n = concat.inputs.size();
            if (concat.kind != OpKind::concat || n < 3) continue;
            std::vector<std::vector<bool>> ancestors(n, std::vector<bool>(c, false));
            for (std::size_t i = 0; i < n; ++i) {
                std::vector<std::string> todo{concat.inputs[i]};
                while (!todo.empty()) {
                    const auto p = producer.find(todo.back());
                    todo.pop_back();
                    if (p == producer.end() || ancestors[i][p->second]) continue;
                    ancestors[i][p->second] = true;
                    todo.insert(todo.end(), g.ops[p->second].inputs.begin(), g.ops[p->second].inputs.end());
                }
            }
            const auto shared = [&](std::size_t a, std::size_t b) {
                for (std::size_t k = 0; k < c; ++k) {
                    if (!ancestors[a][k] || !ancestors[b][k]) continue;
                    bool everyone = true;
                    for (std::size_t x = 0; x < n && everyone; ++x) everyone = ancestors[x][k];
                    if (!everyone) return true;
                }
                return false;
            };
            // contiguous groups: input i joins the group before it if it shares with any of it
            std::vector<std::size_t> group(n, 0);
            bool contiguous = true;
            for (std::size_t i = 1; i < n; ++i) {
                group[i] = group[i - 1] + 1;
                for (std::size_t j = 0; j < i; ++j)
                    if (shared(i, j)) {
                        contiguous = contiguous && group[j] == group[i - 1];
                        group[i] = group[i - 1];
                    }
            }
            if (!contiguous || group.back() == 0) continue;  // refused later / nothing to nest
            std::vector<Op> added;
            std::vector<std::string> inputs;
            for (std::size_t i = 0; i < n;) {
                std::size_t j = i;
                while (j < n && group[j] == group[i]) ++j;
                if (j - i == 1) {
                    inputs.push_back(concat.inputs[i]);
                } else {
                    Op inner;
                    inner.kind = OpKind::concat;
                    inner.inputs.assign(concat.inputs.begin() + static_cast<std::ptrdiff_t>(i),
                                        concat.inputs.begin() + static_cast<std::ptrdiff_t>(j));
                    inner.outputs = {concat.outputs[0] + "#" + std::to_string(i)};
                    inner.sources = concat.sources;
                    Dims d = g.dims.at(concat.inputs[i]);
                    for (std::size_t k = i + 1; k < j; ++k) d[1] += g.dims.at(concat.inputs[k])[1];
                    g.dims[inner.outputs[0]] = d;
                    inputs.push_back(inner.outputs[0]);
                    added.push_back(std::move(inner));
                    changed = true;
                }
                i = j;
            }
            concat.inputs = inputs;
            g.ops.insert(g.ops.begin() + static_cast<std::ptrdiff_t>(c), added.begin(), added.end());
        }
    }
}

class Recovery {
public:
    explicit Recovery(Graph g) : g_(std::move(g)) {
        nest_concats(g_);
        exit_ = g_.ops.size();
        for (std::size_t i = 0; i < g_.ops.size(); ++i) {
            for (const auto& o : g_.ops[i].outputs) producer_[o] = i;
            for (const auto& in : g_.ops[i].inputs) {
                auto& c = consumers_[in];
                if (std::find(c.begin(), c.end(), i) == c.end()) c.push_back(i);
            }
        }
        post_dominators();
    }

    Chain run() {
        Region all;
        for (std::size_t i = 0; i < g_.ops.size(); ++i) all.insert(i);
        return chain(g_.input, g_.output, all);
    }

private:
    Graph g_;
    std::size_t exit_ = 0;  // the virtual operation after the output
    std::unordered_map<std::string, std::size_t> producer_;
    std::unordered_map<std::string, std::vector<std::size_t>> consumers_;
    std::vector<std::size_t> ipdom_;

    const Op& op(std::size_t i) const { return g_.ops[i]; }

    std::string name(std::size_t i) const {
        return op(i).sources.empty() ? std::string("(an operation)") : op(i).sources.back();
    }

    void post_dominators() {
        ipdom_.assign(g_.ops.size() + 1, exit_);
        for (std::size_t i = g_.ops.size(); i-- > 0;) {
            std::vector<std::size_t> next;
            for (const auto& o : op(i).outputs) {
                if (o == g_.output) next.push_back(exit_);
                const auto c = consumers_.find(o);
                if (c != consumers_.end()) next.insert(next.end(), c->second.begin(), c->second.end());
            }
            if (next.empty()) continue;  // not on a path to the output (removed before)
            std::size_t d = next.front();
            for (std::size_t s : next) d = meet(d, s);
            ipdom_[i] = d;
        }
    }

    /// The nearest common post-dominator of two operations.
    std::size_t meet(std::size_t a, std::size_t b) const {
        while (a != b) {
            if (a < b) a = ipdom_[a];
            else b = ipdom_[b];
        }
        return a;
    }

    std::vector<std::size_t> readers(const std::string& t, const Region& region) const {
        std::vector<std::size_t> r;
        const auto c = consumers_.find(t);
        if (c == consumers_.end()) return r;
        for (std::size_t i : c->second)
            if (region.count(i)) r.push_back(i);
        return r;
    }

    /// The elements from tensor `start` to tensor `end`, through the operations of `region`.
    Chain chain(const std::string& start, const std::string& end, const Region& region) {
        Chain out;
        std::string t = start;
        while (t != end) {
            const auto k = readers(t, region);
            if (k.empty())
                throw ImportError("cannot follow the graph from '" + t + "' to '" + end + "'");
            if (k.size() == 1 && op(k[0]).kind == OpKind::layer) {
                const Op& o = op(k[0]);
                Element e;
                e.layer = o.layer;
                e.sources = o.sources;
                e.output = o.outputs[0];
                e.params = o.params;
                e.statistics = o.statistics;
                out.push_back(std::move(e));
                t = o.outputs[0];
                continue;
            }
            if (k.size() == 1 && op(k[0]).kind == OpKind::to_map)
                throw ImportError(name(k[0]) + ": views an N x C vector as N x C x 1 x 1 other than "
                                  "at the end of a Gate's branch (x times a per-channel factor); "
                                  "ctnn has no such layer");
            if (k.size() == 1 && op(k[0]).kind == OpKind::channel_slice)
                throw ImportError(name(k[0]) + ": takes channels [" +
                                  std::to_string(op(k[0]).slice_begin) + ", " +
                                  std::to_string(op(k[0]).slice_end) +
                                  ") alone; ctnn-import takes slices of the channels only as "
                                  "the equal parts of a ChannelSplit, joined by a Concat");
            Element e = fork(t, k, region);
            t = e.output;
            out.push_back(std::move(e));
        }
        return out;
    }

    /// The operations of the branch that ends at tensor `end`, collected backwards up to one
    /// of the tensors in `starts`; `*reached` is the index of the start it reaches.
    Region branch(const std::string& end, const std::vector<std::string>& starts,
                  const Region& region, std::size_t join, std::size_t* reached) const {
        Region ops;
        *reached = starts.size();
        std::vector<std::string> todo{end};
        const auto start_of = [&](const std::string& t) {
            return static_cast<std::size_t>(std::find(starts.begin(), starts.end(), t) - starts.begin());
        };
        while (!todo.empty()) {
            const std::string t = todo.back();
            todo.pop_back();
            const std::size_t s = start_of(t);
            if (s < starts.size()) {
                if (*reached != starts.size() && *reached != s)
                    throw ImportError(name(join) + ": one of its inputs is computed from two of "
                                      "the parts it joins ('" + starts[*reached] + "' and '" +
                                      starts[s] + "'); ctnn's ChannelSplit keeps the parts apart");
                *reached = s;
                continue;
            }
            const auto p = producer_.find(t);
            if (p == producer_.end() || !region.count(p->second))
                throw ImportError(name(join) + " joins branches that fork at '" + starts.front() +
                                  "', but '" + t + "'" +
                                  (p == producer_.end() ? std::string(" (the input)")
                                                        : " (from " + name(p->second) + ")") +
                                  " reaches it from outside them; ctnn's blocks (Residual, "
                                  "Concat, Gate) join branches of one tensor");
            if (!ops.insert(p->second).second) continue;
            for (const auto& in : op(p->second).inputs) todo.push_back(in);
        }
        return ops;
    }

    /// The block that forks at tensor `t`, read by the operations `k` of `region`.
    Element fork(const std::string& t, const std::vector<std::size_t>& k, const Region& region) {
        // The tensors the branches start from: t itself, or the parts of a split of its channels.
        std::vector<std::string> starts{t};
        std::vector<std::size_t> readers_of_starts = k;
        std::vector<std::string> fork_sources;
        bool split = false;
        if (k.size() == 1 && op(k[0]).kind == OpKind::split) {
            split = true;
            starts = op(k[0]).outputs;
            fork_sources = op(k[0]).sources;
            readers_of_starts.clear();
            for (const auto& s : starts)
                for (std::size_t r : readers(s, region)) readers_of_starts.push_back(r);
        } else if (std::all_of(k.begin(), k.end(), [&](std::size_t i) { return op(i).kind == OpKind::channel_slice; })) {
            split = true;
            std::vector<std::size_t> slices = k;
            std::sort(slices.begin(), slices.end(), [&](std::size_t a, std::size_t b) {
                return op(a).slice_begin < op(b).slice_begin;
            });
            const Dims& d = g_.dims.at(t);
            const std::int64_t part = d[1] / static_cast<std::int64_t>(slices.size());
            starts.clear();
            for (std::size_t i = 0; i < slices.size(); ++i) {
                const Op& s = op(slices[i]);
                if (s.slice_begin != static_cast<std::int64_t>(i) * part || s.slice_end != s.slice_begin + part ||
                    d[1] % static_cast<std::int64_t>(slices.size()) != 0)
                    throw ImportError(name(slices[i]) + ": the slices of '" + t + "' (" +
                                      std::to_string(d[1]) + " channels) take channels [" +
                                      std::to_string(s.slice_begin) + ", " + std::to_string(s.slice_end) +
                                      "); ctnn's ChannelSplit takes equal parts that cover them all");
                starts.push_back(s.outputs[0]);
                fork_sources.insert(fork_sources.end(), s.sources.begin(), s.sources.end());
            }
            readers_of_starts.clear();
            for (const auto& s : starts)
                for (std::size_t r : readers(s, region)) readers_of_starts.push_back(r);
            for (std::size_t s : slices) readers_of_starts.push_back(s);
        }
        if (readers_of_starts.empty())
            throw ImportError("the parts of the channels of '" + t + "' are not read");
        std::size_t join = readers_of_starts.front();
        for (std::size_t r : readers_of_starts) join = meet(join, r);
        if (join == exit_ || !region.count(join)) {
            std::string names;
            for (std::size_t r : k) names += (names.empty() ? "" : ", ") + name(r);
            throw ImportError("the branches that fork at '" + t + "' (read by " + names +
                              ") do not join inside the block they belong to; ctnn's blocks "
                              "(Residual, Concat, Gate) need branches that fork and join once");
        }
        const Op& j = op(join);
        if (j.kind != OpKind::add && j.kind != OpKind::concat && j.kind != OpKind::mul)
            throw ImportError("the branches that fork at '" + t + "' join at " + name(join) +
                              ", which is not an Add, a Concat or a Mul; ctnn's blocks cannot "
                              "express this graph");
        // Each input of the join: its own branch, from one start.
        std::vector<Region> parts;
        std::vector<std::size_t> from;
        Region used;
        for (const auto& in : j.inputs) {
            std::size_t reached = 0;
            Region r = branch(in, starts, region, join, &reached);
            for (std::size_t i : r)
                if (!used.insert(i).second)
                    throw ImportError(name(i) + " belongs to two branches that join at " + name(join) +
                                      "; ctnn's blocks need the branches apart");
            parts.push_back(std::move(r));
            from.push_back(reached);
        }
        used.insert(join);
        if (split) used.insert(k.begin(), k.end());
        // Nothing in the branches may be read from outside them.
        for (std::size_t i : used) {
            if (i == join) continue;
            for (const auto& o : op(i).outputs)
                for (std::size_t r : readers(o, region))
                    if (!used.count(r))
                        throw ImportError(name(r) + " reads '" + o + "' from inside the branches "
                                          "that fork at '" + t + "' and join at " + name(join) +
                                          "; ctnn's blocks cannot express that");
        }
        for (std::size_t r : k)
            if (!used.count(r))
                throw ImportError(name(r) + " reads '" + t + "', which forks into branches that "
                                  "join at " + name(join) + ", but is in none of them; ctnn's "
                                  "blocks cannot express that");
        Element e;
        e.output = j.outputs[0];
        e.sources = fork_sources;
        e.sources.insert(e.sources.end(), j.sources.begin(), j.sources.end());
        if (split) return channel_split(std::move(e), j, starts, parts, from, t);
        switch (j.kind) {
        case OpKind::add: return residual(std::move(e), j, t, parts);
        case OpKind::mul: return gate(std::move(e), j, t, parts);
        default: break;
        }
        e.kind = Element::Kind::concat;
        for (std::size_t i = 0; i < j.inputs.size(); ++i) e.branches.push_back(chain(t, j.inputs[i], parts[i]));
        return finish(std::move(e));
    }

    Element residual(Element e, const Op& j, const std::string& t, const std::vector<Region>& parts) {
        e.kind = Element::Kind::residual;
        const bool id0 = j.inputs[0] == t, id1 = j.inputs[1] == t;
        if (id0 && id1)
            throw ImportError(j.sources.back() + " adds '" + t + "' to itself; ctnn's Residual adds "
                              "a body to its input");
        if (id1 || id0) {
            const std::size_t body = id1 ? 0 : 1;
            e.branches = {chain(t, j.inputs[body], parts[body]), {}};
        } else {
            e.branches = {chain(t, j.inputs[0], parts[0]), chain(t, j.inputs[1], parts[1])};
        }
        return finish(std::move(e));
    }

    Element gate(Element e, const Op& j, const std::string& t, const std::vector<Region>& parts) {
        e.kind = Element::Kind::gate;
        const Dims& x = g_.dims.at(t);
        const bool id0 = j.inputs[0] == t, id1 = j.inputs[1] == t;
        const std::size_t factor = id0 ? 1 : 0;
        const Dims& f = g_.dims.at(j.inputs[factor]);
        const bool per_channel = x.size() == 4 && (f == Dims{1, x[1], 1, 1} || f == Dims{1, x[1]});
        if (id0 == id1 || !per_channel)
            throw ImportError(j.sources.back() + " multiplies " + shape_text(g_.dims.at(j.inputs[0])) +
                              " by " + shape_text(g_.dims.at(j.inputs[1])) +
                              "; ctnn's Gate multiplies a map by a branch of it that gives one "
                              "factor per channel (1 x 1 x C or C)");
        // A trailing N x C -> N x C x 1 x 1 view: ctnn's Gate takes the flat C as it is.
        Region body = parts[factor];
        std::string end = j.inputs[factor];
        const auto p = producer_.find(end);
        if (p != producer_.end() && op(p->second).kind == OpKind::to_map) {
            body.erase(p->second);
            end = op(p->second).inputs[0];
            e.sources.insert(e.sources.begin(), op(p->second).sources.begin(), op(p->second).sources.end());
        }
        e.branches = {chain(t, end, body)};
        return finish(std::move(e));
    }

    Element channel_split(Element e, const Op& j, const std::vector<std::string>& starts,
                          const std::vector<Region>& parts, const std::vector<std::size_t>& from,
                          const std::string& t) {
        e.kind = Element::Kind::split;
        if (j.kind != OpKind::concat || j.inputs.size() != starts.size())
            throw ImportError(j.sources.back() + " joins the " + std::to_string(starts.size()) +
                              " parts of the channels of '" + t +
                              "'; ctnn's ChannelSplit joins them with a Concat, one input each");
        for (std::size_t i = 0; i < j.inputs.size(); ++i) {
            if (from[i] != i)
                throw ImportError(j.sources.back() + " concatenates the parts of the channels of '" +
                                  t + "' in another order; ctnn's ChannelSplit keeps their order");
            e.branches.push_back(chain(starts[i], j.inputs[i], parts[i]));
        }
        return finish(std::move(e));
    }

    static Element finish(Element e) {
        for (const Chain& b : e.branches)
            for (const Element& x : b) {
                e.params += x.params;
                e.statistics += x.statistics;
            }
        return e;
    }
};

}  // namespace

Chain recover_structure(const Graph& graph) { return Recovery(graph).run(); }

}  // namespace ctnn_import

// Static tests of ctnn/analysis/arena.hpp: the arena plan, its bound, offsets and options.
#include <cstdint>

#include <ctnn/analysis/arena.hpp>
#include <ctnn/analysis/memory.hpp>
#include <ctnn/compose.hpp>
#include <ctnn/layers.hpp>
#include <ctnn/models/densenet.hpp>
#include <ctnn/models/mobilenet.hpp>
#include <ctnn/models/resnet.hpp>
#include <ctnn/models/vgg.hpp>

namespace {
using namespace ctnn;

// A chain, by hand (float): the input 8*8*3*4 = 768 B; conv1 writes 8*8*16*4 = 4,096 B (ReLU in
// place); conv2 another 4,096 B while conv1's output is read: 8,192 B, the most alive at once;
// the pool 4*4*16*4 = 1,024 B; Flatten is a view; the FC 10*4 = 40 B, rounded to 48.
using Chain = Net<Input<8, 8, 3>, Conv<3, 3, 16, Pad<1>>, ReLU, Conv<3, 3, 16, Pad<1>>, MaxPool<2, 2>, Flatten, FC<10>>;
constexpr auto& chain = arena_plan<Chain>;
static_assert(chain.valid && chain.count == 5 && chain.steps == 6);
static_assert(chain.lower_bound == 8'192 && chain.bytes == 8'192 && arena_bytes<Chain> == 8'192);
static_assert(chain.buffers[0].bytes == 768 && chain.buffers[0].first == 0 && chain.buffers[0].last == 1);
static_assert(chain.buffers[1].first == 1 && chain.buffers[1].last == 3);  // conv1, read by conv2 at step 3
static_assert(chain.buffers[4].bytes == 40 && chain.buffers[4].last == 7);  // the output, read after the last step
// In-place layers and views share their input's buffer; the two convolutions' outputs do not.
static_assert(arena_offset_at<Chain, 2> == arena_offset_at<Chain, 1>);
static_assert(arena_offset_at<Chain, 5> == arena_offset_at<Chain, 4>);
static_assert(arena_offset_at<Chain, 1> != arena_offset_at<Chain, 3>);
static_assert(chain.buffer_of(2).row == 1 && chain.row_buffer[2] == chain.row_buffer[1]);
// int8: a quarter of the bytes (each still rounded up to 16).
static_assert(arena_bytes<Chain, std::int8_t> == 2'048);
// The bound is peak_activation_bytes with each buffer rounded up to the alignment.
static_assert(chain.lower_bound == peak_activation_bytes<Chain>);
// Alignment: every offset a multiple of it.
constexpr auto& wide = arena_plan<Chain, float, Arena{.alignment = 4'096}>;
static_assert(wide.valid && wide.buffers[4].offset % 4'096 == 0 && wide.buffers[0].offset % 4'096 == 0);
static_assert(wide.lower_bound == 4'096 + 4'096);  // 768 B and 40 B each take a whole page, never at once with 8,192

// The input and output left out of the arena (the caller's own buffers): the arena shrinks to
// what the layers in between need, and asking where the input lives is an error
// (tests/fail/not_in_the_arena.cpp).
using Wide = Net<Input<16, 16, 8>, Conv<1, 1, 4>>;  // input 8,192 B, output 4,096 B
static_assert(arena_bytes<Wide> == 12'288);
static_assert(arena_bytes<Wide, float, Arena{.input_in_arena = false}> == 4'096);
static_assert(arena_bytes<Wide, float, Arena{.input_in_arena = false, .output_in_arena = false}> == 0);
static_assert(!arena_plan<Wide, float, Arena{.input_in_arena = false}>.buffers[0].in_arena);

// A residual block: x (4,096 B) is held for the sum while conv1 and conv2 write theirs: 12,288 B;
// the sum is written into conv2's buffer (it owns it), and the ReLU after it runs in place.
using Res = Net<Input<8, 8, 16>, Residual<Sequential<Conv<3, 3, 16, Pad<1>>, ReLU, Conv<3, 3, 16, Pad<1>>>>, ReLU>;
static_assert(arena_plan<Res>.lower_bound == 12'288 && arena_bytes<Res> == 12'288 && arena_plan<Res>.count == 3);
static_assert(arena_offset_at<Res, 2> == arena_offset_at<Res, 1>);

// VGG-16 (float): two 224x224x64 maps at once, 2*224*224*64*4 bytes; the arena reaches it.
static_assert(arena_plan<models::VGG16>.lower_bound == 2 * 224 * 224 * 64 * 4);
static_assert(arena_bytes<models::VGG16> == 25'690'112);
static_assert(arena_bytes<models::VGG16, std::int8_t> == 2 * 224 * 224 * 64);

// Zoo models: the plan reaches its bound (docs/models.md lists all of them), where greedy by
// size alone reaches it too (ResNet-50, MobileNetV2) or does not (DenseNet-121: 8,028,160 B
// greedy by size, the plan is greedy by lifetime).
static_assert(arena_bytes<models::ResNet50> == arena_plan<models::ResNet50>.lower_bound);
static_assert(arena_plan<models::ResNet50>.strategy == ArenaStrategy::greedy_by_size);
static_assert(arena_bytes<models::MobileNetV2> == arena_plan<models::MobileNetV2>.lower_bound);
static_assert(arena_bytes<models::DenseNet121> == arena_plan<models::DenseNet121>.lower_bound);
static_assert(arena_plan<models::DenseNet121>.strategy == ArenaStrategy::greedy_by_lifetime);
static_assert(arena_plan<models::DenseNet121>.by_size_bytes > arena_bytes<models::DenseNet121>);
// DenseNet-121's peak (by hand): in the last dense layer of block 1, the input x (56*56*224
// floats = 2,809,856 B) is read by BatchNorm, whose output cannot overwrite it (x is still
// concatenated later): another 2,809,856 B, while the 1x1 convolution writes 56*56*128 floats
// (1,605,632 B): 7,225,344 B.
static_assert(arena_bytes<models::DenseNet121> == 2 * 2'809'856 + 1'605'632);

// Concatenation in place: each part written into its slice of the concatenation's buffer,
// which then lives from its first part on. Inception-like: the input 4,096 B, the three
// branches' outputs 2,048 + 2,048 + 4,096 B, the concatenation 8,192 B, the 1x1 conv 1,024 B.
// Copied: the bound is x + the branches + the concatenation = 16,384 B; in place, the
// concatenation's 8,192 B holds the branches: x + 8,192 + the 3x3 branch's 1x1 (1,024 B) = 13,312.
using Inception = Net<Input<8, 8, 16>,
                      Concat<Conv<1, 1, 8>, Sequential<Conv<1, 1, 4>, Conv<3, 3, 8, Pad<1>>>, MaxPool<3, 3, Stride<1>, Pad<1>>>,
                      Conv<1, 1, 4>>;
static_assert(arena_bytes<Inception> == 16'384 && arena_plan<Inception>.lower_bound == 16'384);
constexpr auto& in_place = arena_plan<Inception, float, Arena{.concat_in_place = true}>;
static_assert(in_place.valid && in_place.lower_bound == 13'312 && in_place.bytes == 13'312);
// The parts: the branches' outputs are buffers 1, 3 and 4, inside buffer 5 at channels 0, 8, 16.
static_assert(in_place.buffers[1].within == 5 && in_place.buffers[1].channel_offset == 0);
static_assert(in_place.buffers[3].within == 5 && in_place.buffers[3].channel_offset == 8);
static_assert(in_place.buffers[4].within == 5 && in_place.buffers[4].channel_offset == 16);
static_assert(in_place.buffers[4].offset == in_place.buffers[5].offset);
// The concatenation's buffer lives from its first part on: it may not share bytes with the
// input, which is read until the last branch runs (a plan once did).
using Small = Net<Input<2, 2, 1>, Conv<1, 1, 1>, Concat<Identity, Conv<1, 1, 1>>>;
constexpr auto& small = arena_plan<Small, float, Arena{.concat_in_place = true}>;
static_assert(small.buffers[1].within == 3);
static_assert(small.buffers[0].offset + 16 <= small.buffers[3].offset || small.buffers[3].offset + 32 <= small.buffers[0].offset);
// Nested concatenations (DenseNet's growing input): the parts of a part move with it.
static_assert(arena_plan<models::DenseNet121, float, Arena{.concat_in_place = true}>.valid);

}  // namespace

// Every code sample in README.md and docs/**/*.md is a compiled, tested file (or an excerpt of
// one), and every printed output in them is an excerpt of a committed expected output:
//   <!-- example: examples/readme.cpp -->   the next fenced block equals that file
//   <!-- output: examples/expected/readme.txt -->   every line of the next fenced block, except
//                                           "...", appears in that file, in the same order
//   <!-- excerpt: tests/package/find_package/CMakeLists.txt -->   the same check as output, for
//                                           a piece of a source file (C++ or CMake)
// A fenced block tagged cpp, c++ or cmake must carry an example or excerpt marker; blocks
// tagged sh, text or nothing (commands, compiler output) are exempt.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace {
namespace fs = std::filesystem;
const fs::path root = CTNN_SOURCE_DIR;

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();  // CSV reports end in CRLF
        lines.push_back(line);
    }
    return lines;
}

struct sample {
    std::string kind;  // "example", "output" or "excerpt"
    std::string path;  // relative to the repository
    std::string block; // the fenced block's content, one '\n' after each line
    std::size_t line;  // where the marker is
};

std::vector<sample> samples_in(const fs::path& markdown) {
    std::vector<sample> found;
    const auto lines = lines_of(read(markdown));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        for (const std::string kind : {"example", "output", "excerpt"}) {
            const std::string open = "<!-- " + kind + ": ";
            if (l.rfind(open, 0) != 0) continue;
            sample s{kind, l.substr(open.size(), l.find(" -->") - open.size()), "", i + 1};
            std::size_t j = i + 1;
            while (j < lines.size() && lines[j].rfind("```", 0) != 0) ++j;
            for (++j; j < lines.size() && lines[j].rfind("```", 0) != 0; ++j) s.block += lines[j] + "\n";
            found.push_back(s);
        }
    }
    return found;
}

std::vector<fs::path> markdown_files() {
    std::vector<fs::path> files{root / "README.md"};
    for (const auto& e : fs::recursive_directory_iterator(root / "docs"))
        if (e.path().extension() == ".md") files.push_back(e.path());
    return files;
}
}  // namespace

TEST_CASE("code samples in the documentation are the compiled example files") {
    std::size_t examples = 0;
    for (const auto& md : markdown_files())
        for (const auto& s : samples_in(md)) {
            if (s.kind != "example") continue;
            ++examples;
            INFO(md.filename().string() << ":" << s.line << " shows " << s.path);
            REQUIRE(fs::exists(root / s.path));
            CHECK(s.block == read(root / s.path));
        }
    CHECK(examples >= 2);
}

TEST_CASE("printed outputs and source excerpts in the documentation are in their files") {
    std::size_t outputs = 0;
    std::size_t excerpts = 0;
    for (const auto& md : markdown_files())
        for (const auto& s : samples_in(md)) {
            if (s.kind == "example") continue;
            ++(s.kind == "output" ? outputs : excerpts);
            INFO(md.filename().string() << ":" << s.line << " quotes " << s.path);
            REQUIRE(fs::exists(root / s.path));
            const auto expected = lines_of(read(root / s.path));
            std::size_t at = 0;
            for (const auto& line : lines_of(s.block)) {
                if (line == "...") continue;
                while (at < expected.size() && expected[at] != line) ++at;
                CHECK_MESSAGE(at < expected.size(), "not found (in order): " << line);
                if (at < expected.size()) ++at;
            }
        }
    CHECK(outputs >= 1);
    CHECK(excerpts >= 1);
}

TEST_CASE("every C++ and CMake block in the documentation is a compiled or tested file") {
    std::size_t code_blocks = 0;
    for (const auto& md : markdown_files()) {
        const auto lines = lines_of(read(md));
        std::string marker;  // the last marker seen before the current line, if still pending
        bool in_block = false;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string& l = lines[i];
            if (in_block) {
                if (l.rfind("```", 0) == 0) in_block = false;
                continue;
            }
            if (l.rfind("<!-- example: ", 0) == 0 || l.rfind("<!-- excerpt: ", 0) == 0 ||
                l.rfind("<!-- output: ", 0) == 0) {
                marker = l.substr(5, l.find(':') - 5);
                continue;
            }
            if (l.rfind("```", 0) != 0) {
                if (!l.empty()) marker.clear();  // a marker applies to the block right after it
                continue;
            }
            in_block = true;
            const std::string info = l.substr(3, l.find_first_of(" {", 3) - 3);
            if (info == "cpp" || info == "c++" || info == "cmake") {
                ++code_blocks;
                INFO(md.filename().string() << ":" << i + 1 << ": a ```" << info << " block");
                CHECK_MESSAGE((marker == "example" || marker == "excerpt"),
                              "needs <!-- example: path --> or <!-- excerpt: path --> before it");
            }
            marker.clear();
        }
    }
    CHECK(code_blocks >= 10);
}

// tests/link: the program; it fails (exit 1) if the two units disagree or see two copies of
// what must be one object.
#include <cstdint>
#include <iostream>
#include <string>

#include <ctnn/analysis/row.hpp>

std::string summary_from_one();
std::string summary_from_two();
std::uint64_t params_from_one();
std::uint64_t params_from_two();
const ctnn::Row* rows_from_one();
const ctnn::Row* rows_from_two();

int main() {
    const bool same_text = summary_from_one() == summary_from_two();
    const bool same_count = params_from_one() == params_from_two() && params_from_one() == 25'557'032;
    const bool one_table = rows_from_one() == rows_from_two();  // one inline variable, one address
    std::cout << "same summary: " << same_text << ", same params: " << same_count
              << ", one table: " << one_table << '\n';
    return same_text && same_count && one_table ? 0 : 1;
}

//! Writing numbers, apart from any interface language.

/// `n` with `group` between each three digits, counted from the right, once
/// it has at least `min_grouped_digits` digits: `group_digits(10000, ',', 1)`
/// is "10,000"; `group_digits(1100, '.', 5)` is "1100".
pub fn group_digits(n: usize, group: char, min_grouped_digits: usize) -> String {
    let digits = n.to_string();
    if digits.len() < min_grouped_digits {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::group_digits;

    #[test]
    fn groups_by_three_from_the_right_once_long_enough() {
        assert_eq!(group_digits(0, ',', 1), "0");
        assert_eq!(group_digits(999, ',', 1), "999");
        assert_eq!(group_digits(1000, ',', 1), "1,000");
        assert_eq!(group_digits(1_234_567, ' ', 1), "1 234 567");
        assert_eq!(group_digits(1100, '.', 5), "1100");
        assert_eq!(group_digits(12_345, '.', 5), "12.345");
    }
}

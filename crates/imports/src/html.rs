//! A Letterboxd review's bit of HTML as plain text.

/// The review as text: `<br>` a line break, block ends (`</p>`, `</div>`,
/// `</blockquote>`) an empty line, other tags removed (`<script>` and
/// `<style>` with their content), entities decoded once, lines trimmed, at
/// most one empty line in a row, none at either end.
pub(crate) fn review_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = if rest.starts_with('<') {
            tag(rest, &mut out)
        } else {
            entity(rest, &mut out)
        };
    }
    out.push_str(rest);
    tidy(&out)
}

/// Handles the tag at the start of `rest` (which starts with `<`) and returns
/// what follows it. A `<` that starts no tag is text (unless another `<`
/// follows); an unclosed tag drops the rest of the review, which is no text
/// anyway.
fn tag<'a>(rest: &'a str, out: &mut String) -> &'a str {
    let starts_tag =
        rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
    if !starts_tag {
        // Kept as text, unless a tag follows: removing it could join this
        // `<` to the letters after it ("<<b>i" would read "<i").
        if !rest[1..].starts_with('<') {
            out.push('<');
        }
        return &rest[1..];
    }
    if rest.starts_with("<!--") {
        return rest.find("-->").map_or("", |end| &rest[end + 3..]);
    }
    let Some(end) = rest.find('>') else {
        return "";
    };
    let inside = &rest[1..end];
    let after = &rest[end + 1..];
    let closing = inside.starts_with('/');
    let name: String = inside
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    match name.as_str() {
        "br" => out.push('\n'),
        "p" | "div" | "blockquote" if closing => out.push_str("\n\n"),
        "p" | "div" | "blockquote" | "li" => out.push('\n'),
        "script" | "style" if !closing && !inside.ends_with('/') => {
            return skip_element(after, &name);
        }
        _ => {}
    }
    after
}

/// What follows the end tag `</name>` in `rest`: the element's content is
/// dropped; without an end tag, so is the rest.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let lower = rest.to_ascii_lowercase();
    let Some(start) = lower.find(&format!("</{name}")) else {
        return "";
    };
    lower[start..]
        .find('>')
        .map_or("", |end| &rest[start + end + 1..])
}

/// Decodes the entity at the start of `rest` (which starts with `&`) and
/// returns what follows it. An `&` that starts no known entity is text.
fn entity<'a>(rest: &'a str, out: &mut String) -> &'a str {
    let decoded = rest[1..]
        .char_indices()
        .take(12)
        .find(|&(_, c)| c == ';')
        .and_then(|(semi, _)| Some((named_or_numeric(&rest[1..=semi])?, semi + 2)));
    match decoded {
        Some((c, len)) => {
            out.push(c);
            &rest[len..]
        }
        None => {
            out.push('&');
            &rest[1..]
        }
    }
}

/// The character an entity's name (between `&` and `;`) stands for.
fn named_or_numeric(name: &str) -> Option<char> {
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(decimal) = name.strip_prefix('#') {
        decimal.parse().ok()?
    } else {
        return match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{A0}'),
            _ => None,
        };
    };
    let c = char::from_u32(code).filter(|&c| c != '\0');
    Some(c.unwrap_or(char::REPLACEMENT_CHARACTER))
}

/// Line ends as `\n`, each line trimmed, at most one empty line
/// in a row, none at the start or the end.
fn tidy(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut empty_lines = 0;
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() {
            empty_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if empty_lines > 0 { "\n\n" } else { "\n" });
        }
        empty_lines = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_paragraphs() {
        assert_eq!(
            review_text("one<br>two<br/>three<BR />four"),
            "one\ntwo\nthree\nfour"
        );
        assert_eq!(
            review_text("<p>First.</p><p>Second.</p>"),
            "First.\n\nSecond."
        );
        assert_eq!(review_text("a<br /><br /><br /><br />b"), "a\n\nb");
        assert_eq!(
            review_text("  <br>\r\n  lead\r\n\r\n\r\ntail  \n"),
            "lead\n\ntail"
        );
    }

    #[test]
    fn other_tags_are_removed_and_their_text_kept() {
        assert_eq!(
            review_text("<i>Amélie</i> is <b>lovely</b>, <a href=\"https://x\">see</a>"),
            "Amélie is lovely, see"
        );
        assert_eq!(review_text("a <!-- hidden <b> --> b"), "a  b");
    }

    #[test]
    fn script_and_style_go_with_their_content() {
        let text = review_text("ok<script>alert('<b>x</b>')</script> <STYLE>p{}</style >fine");
        assert_eq!(text, "ok fine");
        assert_eq!(review_text("ok<script>document.write(1)"), "ok");
        assert_eq!(review_text("ok<img src=x onerror=alert(1)"), "ok");
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            review_text(
                "Tom &amp; Jerry &lt;3 &quot;x&quot; it&#39;s &apos;y&apos; &#233;t&#xE9; &#X1F3AC;"
            ),
            "Tom & Jerry <3 \"x\" it's 'y' été 🎬"
        );
        assert_eq!(review_text("&amp;lt;b&amp;gt;"), "&lt;b&gt;");
        assert_eq!(review_text("&lt;b&gt;bold?&lt;/b&gt;"), "<b>bold?</b>");
        assert_eq!(review_text("a&nbsp;b"), "a\u{A0}b");
    }

    #[test]
    fn what_is_no_entity_or_tag_stays_text() {
        assert_eq!(
            review_text("AT&T & co &unknown; &#; &#xZZ; &#0; &#1114112;"),
            "AT&T & co &unknown; &#; &#xZZ; \u{FFFD} \u{FFFD}"
        );
        assert_eq!(review_text("2 < 3 and 5 > 4"), "2 < 3 and 5 > 4");
        assert_eq!(review_text("<"), "<");
        assert_eq!(review_text("<<3 <<b>i>"), "<3 i>");
        assert_eq!(review_text("&"), "&");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::review_text;
    use proptest::prelude::*;

    /// Whether `text` holds something a browser would parse as a tag.
    fn has_tag(text: &str) -> bool {
        text.as_bytes()
            .windows(2)
            .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
    }

    proptest! {
        /// Without entities (which may spell `<b>` on purpose, as text), no
        /// tag survives, whatever the markup.
        #[test]
        fn no_tag_survives(html in "(<|<<|[a-z <>/!\"'=\n-]|<script>|</script>|<br />|<p>|</p>|<!--|-->){0,40}") {
            let text = review_text(&html);
            prop_assert!(!has_tag(&text), "{html:?} gave {text:?}");
        }

        #[test]
        fn never_panics_and_is_tidy(html in any::<String>()) {
            let text = review_text(&html);
            prop_assert_eq!(text.trim(), text.as_str());
            prop_assert!(!text.contains("\n\n\n") && !text.contains('\r'));
        }
    }
}

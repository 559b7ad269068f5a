package zhaoshang.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PatternsTest {

    @Test
    void firstCharactersOfAlternativesGroupsClassesAndOptionalParts() {
        assertThat(Patterns.firstChars("拜访|走访(?!过的)|(?:一起|我)去的")).hasToString("{" + (int) '一' + ", " + (int) '我' + ", " + (int) '拜' + ", " + (int) '走' + "}");
        assertThat(Patterns.firstChars("(?<![回返])(?:副)?[科局]长")).isEqualTo(bits("副科局"));
        assertThat(Patterns.firstChars("[，\\s]?来了")).isEqualTo(bits("，来 \t\n\u000B\f\r"));
        assertThat(Patterns.firstChars("赴[^，。；]{0,30}?考察")).isEqualTo(bits("赴"));
        assertThat(Patterns.firstChars("\\u4e00-[a-c]")).isEqualTo(bits("一"));
        assertThat(Patterns.firstChars("(?:的)?(?:渠道|平台)")).isEqualTo(bits("的渠平"));
    }

    @Test
    void aWordSetFindsAWordAnywhereExactlyAsContainsWould() {
        String[] words = {"昨昏", "今仔日", "儿", "一搭里", "夜里个", "夜个"};
        Patterns.Words set = new Patterns.Words(words);
        for (String text : List.of("", "昨", "昨天去了", "伊昨昏有去", "今仔", "今仔日", "X儿", "一搭", "一搭里去",
                "夜里", "夜里个来", "末尾夜个", "今天拜访了宁德时代")) {
            assertThat(set.in(text)).as(text).isEqualTo(Patterns.containsAny(text, words));
        }
        assertThat(set.in("我们一搭里去了")).isTrue();
        assertThat(set.in("今天拜访了宁德时代")).isFalse();
    }

    @Test
    void unknownOrEmptyMatchesAreLeftAsWritten() {
        assertThat(Patterns.firstChars("(?:区)?")).isNull();          // matches the empty text
        assertThat(Patterns.firstChars("[^，。]{2,}公司")).isNull();   // almost any character
        assertThat(Patterns.firstChars("\\p{IsHan}+")).isNull();
        assertThat(Patterns.firstChars(".公司")).isNull();
        assertThat(Patterns.firstChars("(\\S)\\1")).isNull();
        assertThat(Patterns.firstChars("(?i)abc")).isNull();
        assertThat(Patterns.firstChars("$|来了")).isNull();
        assertThat(Patterns.compile("^来了").pattern()).isEqualTo("^来了");
    }

    @Test
    void theSameMatchesAsThePatternAsWritten() {
        String[] regexes = {"拜访(?!过的)|(?<!再|要)见的|去了|(?:到|去|赴)[^，。；]{2,30}?(?:对接|洽谈)",
                "(?:组长|主任)?(?:等人|等)?(?:陪同|带队)", "(区|市)(?:委|政府)|管委会", "[，\\s]?(?:一起|一同)(?=拜访|去)"};
        String[] texts = {"今天和王组长一起拜访了欣旺达，见了方总", "再见的时候去了高新区对接项目", "区委刘书记、管委会王主任带队陪同",
                "市政府张主任等人陪同，一起去了", "，一同拜访"};
        for (String r : regexes) {
            Pattern plain = Pattern.compile(r);
            Pattern fast = Patterns.compile(r);
            assertThat(fast.pattern()).startsWith("(?=[");
            for (String t : texts) assertThat(finds(fast, t)).isEqualTo(finds(plain, t));
        }
    }

    private static List<String> finds(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) out.add(m.start() + "-" + m.end() + ":" + m.group());
        return out;
    }

    private static java.util.BitSet bits(String chars) {
        java.util.BitSet b = new java.util.BitSet();
        chars.chars().forEach(b::set);
        return b;
    }
}

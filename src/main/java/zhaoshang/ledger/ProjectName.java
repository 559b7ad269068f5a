package zhaoshang.ledger;

import java.util.List;

/**
 * Recognises the same project: width folded, lower case, no whitespace or punctuation, and a trailing
 * 建设项目 / 项目 / 工程 dropped. Two keys match when equal, or when the shorter one (at least
 * {@value EnterpriseName#MIN_PREFIX} characters) is a prefix of the longer: 光电芯片项目 matches
 * 光电芯片制造中心建设项目. Duplicate signings are recognised by equal keys only.
 */
public final class ProjectName {

    private static final List<String> SUFFIXES = List.of("建设项目", "项目", "工程");

    private ProjectName() { }

    /** The normalised key of a project name; "" for null or blank. */
    public static String normalize(String name) {
        if (name == null) return "";
        StringBuilder b = new StringBuilder(name.length());
        EnterpriseName.foldWidth(name).toLowerCase().codePoints()
                .filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        String s = b.toString();
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** Whether two project keys name the same project (equal, or a long enough prefix). */
    public static boolean sameProject(String keyA, String keyB) {
        if (keyA == null || keyB == null || keyA.isEmpty() || keyB.isEmpty()) return false;
        if (keyA.equals(keyB)) return true;
        String shorter = keyA.length() <= keyB.length() ? keyA : keyB;
        String longer = shorter == keyA ? keyB : keyA;
        return shorter.length() >= EnterpriseName.MIN_PREFIX && longer.startsWith(shorter);
    }
}

package zhaoshang.config;

/**
 * A problem in bot-config, named so that an admin can fix it: the file, the entry and what is wrong.
 * The message reads e.g. {@code bot-config/members.yaml: 成员 "m-wang" (第 3 项): 所属工作组 "team9" 不存在}.
 */
public class ConfigException extends RuntimeException {

    private final String file;
    private final String entry;
    private final String problem;

    public ConfigException(String file, String entry, String problem) {
        super(file + (entry == null || entry.isEmpty() ? "" : ": " + entry) + ": " + problem);
        this.file = file;
        this.entry = entry;
        this.problem = problem;
    }

    public ConfigException(String file, String entry, String problem, Throwable cause) {
        this(file, entry, problem);
        initCause(cause);
    }

    public String file() { return file; }

    public String entry() { return entry; }

    public String problem() { return problem; }
}

package zhaoshang.config;

/**
 * One target of the work plan (主要任务).
 *
 * @param key    visits | leads | inspections | signings | landed | tripDays | dailyVisits
 * @param label  Chinese name shown in progress answers
 * @param amount the minimum to reach
 * @param period day | month | quarter | year
 * @param weight weight in the ranking score (0 = not ranked)
 */
public record Target(String key, String label, int amount, String period, double weight) { }

package zhaoshang.config;

/** A 招商工作组 as the work plan defines it. */
public record Team(String id, String name, String region, String directions, String radiation, String partners) { }

package zhaoshang.remind;

/** A reminder the decision says to send now; {@code late} when it fell due well before the window's end (补发). */
public record Due(Reminder reminder, boolean late) { }

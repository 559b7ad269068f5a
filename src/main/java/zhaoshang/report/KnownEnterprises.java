package zhaoshang.report;

import java.util.Collection;
import java.util.List;

/**
 * The enterprise names already recorded in full (filled by the bot from the ledger, which this package may not use):
 * a name recorded once as "宁德时代新能源科技股份有限公司" is recognised later by its short form ("宁德时代") and read
 * as the full name. {@link #NONE} when nothing is known.
 */
@FunctionalInterface
public interface KnownEnterprises {

    KnownEnterprises NONE = List::of;

    /** The full names recorded so far; called only when a clause names no organisation by its suffix. */
    Collection<String> fullNames();
}

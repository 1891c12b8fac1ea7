package org.popcheck.assessment;

/** How a fact is answered. The JSON names are those used in assets/assessment/facts.json. */
public enum FactType {
    /** true, false or "unsure". */
    YESNO,
    /** A plain number within the fact's range. */
    NUMBER,
    /** One of the fact's options. */
    CHOICE,
    /** A list of the fact's options. */
    MULTI
}

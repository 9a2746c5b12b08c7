package org.gridline.points;

/**
 * The ledger checked against itself, computed from the entries in one snapshot. All zero means: double entry holds,
 * every balance is explained by its entries, no volunteer is negative, every transfer has its two entries, no key and
 * no reversal was used twice, no award above the bound stands.
 *
 * @param sumOfAllAccounts           sum of all entries (0 in double entry)
 * @param balanceMismatches          accounts whose balance differs from the sum of their entries, or whose entries'
 *                                   running balances do not add up
 * @param negativeBalances           volunteer (available or held) accounts below zero
 * @param transfersWithoutTwoEntries transfers without exactly one debit of the from account and one credit of the to
 *                                   account, each of the transfer's amount
 * @param duplicateKeys              idempotency keys used by more than one transfer
 * @param duplicateReversals         transfers reversed more than once
 * @param awardsAboveBound           awards of more than {@code gridline.points.max-award} points that were not
 *                                   reversed (the service refuses them; one here was posted around it)
 */
public record LedgerCheck(long sumOfAllAccounts, long balanceMismatches, long negativeBalances,
                          long transfersWithoutTwoEntries, long duplicateKeys, long duplicateReversals,
                          long awardsAboveBound) {

    /** How many kinds of violation were found (0 to 7). */
    public int violations() {
        int count = sumOfAllAccounts != 0 ? 1 : 0;
        for (long found : new long[]{balanceMismatches, negativeBalances, transfersWithoutTwoEntries, duplicateKeys,
                duplicateReversals, awardsAboveBound}) {
            count += found != 0 ? 1 : 0;
        }
        return count;
    }
}

package com.cosell.backend.stream;

/**
 * A position in delivery order: (writing transaction, sequence). Sequences are handed out before
 * commit, so they alone do not give an order in which rows become visible; this does, counting only
 * settled rows (see {@link SettledEvents}).
 */
record Cursor(long tx, long seq) implements Comparable<Cursor> {

    public static final Cursor START = new Cursor(0, 0);

    @Override
    public int compareTo(Cursor o) {
        int byTx = Long.compareUnsigned(tx, o.tx);
        return byTx != 0 ? byTx : Long.compare(seq, o.seq);
    }

    public boolean isAfter(Cursor o) {
        return compareTo(o) > 0;
    }
}

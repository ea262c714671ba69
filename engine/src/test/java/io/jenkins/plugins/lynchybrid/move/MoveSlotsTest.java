package io.jenkins.plugins.lynchybrid.move;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the verifications ask the slots: whether a move is still on its way. */
class MoveSlotsTest {
    @Test
    void aMoveHoldingASlotKeepsTheSlotsBusyUntilItIsReleased() throws Exception {
        MoveSlots slots = new MoveSlots(Parallelism.fixed(2).policy());
        assertFalse(slots.busy(), "no move yet");

        MoveSlots.Slot first = slots.acquire();
        MoveSlots.Slot second = slots.acquire();
        slots.succeeded(first);
        assertTrue(slots.busy(), "one move is still in flight");

        slots.released(second);
        assertFalse(slots.busy(), "the last move ended");
    }
}

package dev.kiln.runtime.builtins.control;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;

/**
 * An Iterator Helper object (ECMA-262 27.1.2): what CreateIteratorFromClosure makes for the
 * lazy Iterator.prototype methods. The spec's closure, which runs until it yields, is a
 * {@link Body}: a small state machine whose {@link Body#resume} runs to the next yield. The
 * generator states ([[GeneratorState]]) are kept here, so a helper re-entered while it runs is
 * a TypeError as for any generator.
 */
final class IteratorHelperObject extends JSObject {
    /** The closure of a helper, resumable at its Yield. */
    interface Body {
        /** Runs to the next Yield and returns the value yielded, or null when the closure returns. */
        Object resume();

        /**
         * Resumes the closure at its Yield with a return completion: what its
         * IfAbruptCloseIterator steps do then (close the underlying iterator).
         */
        void resumeWithReturn();
    }

    /** [[GeneratorState]] */
    private enum State { SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED }

    /** [[UnderlyingIterator]]; null for helpers made from several iterators (Iterator.concat). */
    final IteratorRecord underlying;
    private final Body body;
    private State state = State.SUSPENDED_START;

    IteratorHelperObject(Realm realm, IteratorRecord underlying, Body body) {
        super(realm.intrinsic(Intrinsic.ITERATOR_HELPER_PROTOTYPE));
        this.underlying = underlying;
        this.body = body;
    }

    /** 27.5.3.3 GeneratorResume with a normal completion. */
    JSObject resumeNext(Realm realm) {
        validate();
        if (state == State.COMPLETED) return Iteration.createIterResultObject(realm, Undefined.INSTANCE, true);
        state = State.EXECUTING;
        Object value;
        try {
            value = body.resume();
        } catch (RuntimeException | Error e) {
            state = State.COMPLETED;
            throw e;
        }
        if (value == null) {
            state = State.COMPLETED;
            return Iteration.createIterResultObject(realm, Undefined.INSTANCE, true);
        }
        state = State.SUSPENDED_YIELD;
        return Iteration.createIterResultObject(realm, value, false);
    }

    /** 27.1.2.1.2 %IteratorHelperPrototype%.return steps 4-6. */
    JSObject resumeReturn(Realm realm) {
        if (state == State.SUSPENDED_START) {
            state = State.COMPLETED;
            if (underlying != null) Iteration.iteratorClose(underlying);
            else body.resumeWithReturn();
            return Iteration.createIterResultObject(realm, Undefined.INSTANCE, true);
        }
        validate();
        if (state == State.COMPLETED) return Iteration.createIterResultObject(realm, Undefined.INSTANCE, true);
        state = State.EXECUTING;
        try {
            body.resumeWithReturn();
        } finally {
            state = State.COMPLETED;
        }
        return Iteration.createIterResultObject(realm, Undefined.INSTANCE, true);
    }

    /** 27.5.3.2 GeneratorValidate step 6. */
    private void validate() {
        if (state == State.EXECUTING) throw JSException.typeError("Generator is already running");
    }
}

package dev.kiln.runtime.builtins.control;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Iterator.zip and Iterator.zipKeyed (the joint-iteration proposal, which test262 covers):
 * iterate several iterators in step, yielding an array (zip) or a null-prototype object with
 * the inputs' keys (zipKeyed) per step, until the shortest ends, the longest ends (padding the
 * others) or, in "strict" mode, all end together.
 */
final class IteratorZip {
    private IteratorZip() {}

    private enum Mode { SHORTEST, LONGEST, STRICT }

    /** The options of both functions: the mode and, for "longest", the padding option. */
    private record Options(Mode mode, Object paddingOption) {}

    /** Steps 2-7 of Iterator.zip and Iterator.zipKeyed: GetOptionsObject, mode and padding. */
    private static Options readOptions(Realm realm, Object optionsArg) {
        JSObject options;
        if (optionsArg == Undefined.INSTANCE) options = new JSObject(null);
        else if (optionsArg instanceof JSObject o) options = o;
        else throw realm.typeError("options must be an object");
        Object modeValue = options.get("mode", options);
        Mode mode;
        if (modeValue == Undefined.INSTANCE || modeValue instanceof CharSequence s && "shortest".contentEquals(s)) {
            mode = Mode.SHORTEST;
        } else if (modeValue instanceof CharSequence s && "longest".contentEquals(s)) {
            mode = Mode.LONGEST;
        } else if (modeValue instanceof CharSequence s && "strict".contentEquals(s)) {
            mode = Mode.STRICT;
        } else {
            throw realm.typeError("mode must be \"shortest\", \"longest\" or \"strict\"");
        }
        Object paddingOption = Undefined.INSTANCE;
        if (mode == Mode.LONGEST) {
            paddingOption = options.get("padding", options);
            if (paddingOption != Undefined.INSTANCE && !(paddingOption instanceof JSObject)) {
                throw realm.typeError("padding must be an object");
            }
        }
        return new Options(mode, paddingOption);
    }

    // Iterator.zip ( iterables [ , options ] )
    static Object zip(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        Object iterables = arg(args, 0);
        if (!(iterables instanceof JSObject)) throw realm.typeError("Iterator.zip: iterables must be an object");
        Options options = readOptions(realm, arg(args, 1));
        List<IteratorRecord> iters = new ArrayList<>();
        IteratorRecord inputIter = Iteration.getIterator(realm, iterables);
        while (true) {
            Object next;
            try {
                next = Iteration.iteratorStepValue(inputIter);
            } catch (JSException e) {
                throw Iteration.iteratorCloseAllOnThrow(iters, e);
            }
            if (next == null) break;
            try {
                iters.add(Iteration.getIteratorFlattenable(realm, next, Iteration.PrimitiveHandling.REJECT_PRIMITIVES));
            } catch (JSException e) {
                List<IteratorRecord> all = new ArrayList<>(iters.size() + 1);
                all.add(inputIter);
                all.addAll(iters);
                throw Iteration.iteratorCloseAllOnThrow(all, e);
            }
        }
        int iterCount = iters.size();
        Object[] padding = new Object[iterCount];
        Arrays.fill(padding, Undefined.INSTANCE);
        if (options.mode == Mode.LONGEST && options.paddingOption != Undefined.INSTANCE) {
            IteratorRecord paddingIter;
            try {
                paddingIter = Iteration.getIterator(realm, options.paddingOption);
            } catch (JSException e) {
                throw Iteration.iteratorCloseAllOnThrow(iters, e);
            }
            boolean usingIterator = true;
            for (int i = 0; i < iterCount && usingIterator; i++) {
                Object next;
                try {
                    next = Iteration.iteratorStepValue(paddingIter);
                } catch (JSException e) {
                    throw Iteration.iteratorCloseAllOnThrow(iters, e);
                }
                if (next == null) usingIterator = false;
                else padding[i] = next;
            }
            if (usingIterator) {
                try {
                    Iteration.iteratorClose(paddingIter);
                } catch (JSException e) {
                    throw Iteration.iteratorCloseAllOnThrow(iters, e);
                }
            }
        }
        return iteratorZip(realm, iters, options.mode, padding, results -> ArrayObject.of(realm, results));
    }

    // Iterator.zipKeyed ( iterables [ , options ] )
    static Object zipKeyed(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        if (!(arg(args, 0) instanceof JSObject iterables)) throw realm.typeError("Iterator.zipKeyed: iterables must be an object");
        Options options = readOptions(realm, arg(args, 1));
        List<IteratorRecord> iters = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (Object key : iterables.ownPropertyKeys()) {
            try {
                PropertyDescriptor desc = iterables.getOwnProperty(key);
                if (desc == null || !desc.enumerable()) continue;
                Object value = iterables.get(key, iterables);
                if (value == Undefined.INSTANCE) continue;
                iters.add(Iteration.getIteratorFlattenable(realm, value, Iteration.PrimitiveHandling.REJECT_PRIMITIVES));
                keys.add(key);
            } catch (JSException e) {
                throw Iteration.iteratorCloseAllOnThrow(iters, e);
            }
        }
        int iterCount = iters.size();
        Object[] padding = new Object[iterCount];
        Arrays.fill(padding, Undefined.INSTANCE);
        if (options.mode == Mode.LONGEST && options.paddingOption instanceof JSObject paddingOption) {
            for (int i = 0; i < iterCount; i++) {
                try {
                    padding[i] = paddingOption.get(keys.get(i), paddingOption);
                } catch (JSException e) {
                    throw Iteration.iteratorCloseAllOnThrow(iters, e);
                }
            }
        }
        return iteratorZip(realm, iters, options.mode, padding, results -> {
            JSObject obj = new JSObject(null);
            for (int i = 0; i < iterCount; i++) ObjectOperations.createDataPropertyOrThrow(obj, keys.get(i), results[i]);
            return obj;
        });
    }

    /** IteratorZip ( iters, mode, padding, finishResults ) */
    private static Object iteratorZip(Realm realm, List<IteratorRecord> iterList, Mode mode, Object[] padding,
                                      Function<Object[], JSObject> finishResults) {
        IteratorRecord[] iters = iterList.toArray(new IteratorRecord[0]);
        int iterCount = iters.length;
        List<IteratorRecord> openIters = new ArrayList<>(iterList);
        return new IteratorHelperObject(realm, null, new IteratorHelperObject.Body() {
            @Override
            public Object resume() {
                if (iterCount == 0) return null;
                Object[] results = new Object[iterCount];
                for (int i = 0; i < iterCount; i++) {
                    IteratorRecord iter = iters[i];
                    Object result;
                    if (iter == null) {
                        result = padding[i];
                    } else {
                        try {
                            result = Iteration.iteratorStepValue(iter);
                        } catch (JSException e) {
                            openIters.remove(iter);
                            throw Iteration.iteratorCloseAllOnThrow(openIters, e);
                        }
                        if (result == null) {
                            openIters.remove(iter);
                            switch (mode) {
                                case SHORTEST -> {
                                    Iteration.iteratorCloseAll(openIters);
                                    return null;
                                }
                                case STRICT -> {
                                    finishStrict(i);
                                    return null;
                                }
                                case LONGEST -> {
                                    if (openIters.isEmpty()) return null;
                                    iters[i] = null;
                                    result = padding[i];
                                }
                            }
                        }
                    }
                    results[i] = result;
                }
                return finishResults.apply(results);
            }

            /** "strict" mode once iterator i is done: every other must be done as well. */
            private void finishStrict(int i) {
                if (i != 0) throw Iteration.iteratorCloseAllOnThrow(openIters, realm.typeError("Iterators passed to Iterator.zip have different lengths"));
                for (int k = 1; k < iterCount; k++) {
                    JSObject open;
                    try {
                        open = Iteration.iteratorStep(iters[k]);
                    } catch (JSException e) {
                        openIters.remove(iters[k]);
                        throw Iteration.iteratorCloseAllOnThrow(openIters, e);
                    }
                    if (open != null) {
                        throw Iteration.iteratorCloseAllOnThrow(openIters, realm.typeError("Iterators passed to Iterator.zip have different lengths"));
                    }
                    openIters.remove(iters[k]);
                }
            }

            @Override
            public void resumeWithReturn() {
                Iteration.iteratorCloseAll(openIters);
            }
        });
    }
}

package dev.kiln.runtime.object;

/** A Date object (ECMA-262 21.4): an ordinary object with a [[DateValue]] internal slot. */
public final class DateObject extends JSObject {
    /** [[DateValue]]: a time value (an integral Number within ±8.64e15) or NaN. */
    private double dateValue;

    public DateObject(JSObject prototype, double dateValue) {
        super(prototype);
        this.dateValue = dateValue;
    }

    public double dateValue() {
        return dateValue;
    }

    public void setDateValue(double dateValue) {
        this.dateValue = dateValue;
    }

    @Override
    public String builtinTag() {
        return "Date";
    }
}

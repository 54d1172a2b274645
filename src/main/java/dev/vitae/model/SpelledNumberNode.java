package dev.vitae.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.NumericNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number that remembers how the file spelled it, so {@code 1.0}, {@code 1e3} and {@code 0.50} are written
 * back exactly as read. Jackson's own number nodes would normalise them.
 */
public final class SpelledNumberNode extends NumericNode {

    private final String spelling;
    private final BigDecimal value;
    private final boolean integral;

    public SpelledNumberNode(String spelling) {
        this.spelling = spelling;
        this.value = new BigDecimal(spelling);
        this.integral = spelling.chars().allMatch(c -> c == '-' || (c >= '0' && c <= '9'));
    }

    public String spelling() {
        return spelling;
    }

    @Override
    public JsonToken asToken() {
        return integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }

    @Override
    public JsonParser.NumberType numberType() {
        return integral ? JsonParser.NumberType.BIG_INTEGER : JsonParser.NumberType.BIG_DECIMAL;
    }

    @Override
    public boolean isIntegralNumber() {
        return integral;
    }

    @Override
    public boolean isFloatingPointNumber() {
        return !integral;
    }

    @Override
    public boolean isBigDecimal() {
        return !integral;
    }

    @Override
    public boolean isBigInteger() {
        return integral;
    }

    @Override
    public Number numberValue() {
        return integral ? value.toBigInteger() : value;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public BigDecimal decimalValue() {
        return value;
    }

    @Override
    public BigInteger bigIntegerValue() {
        return value.toBigInteger();
    }

    @Override
    public boolean canConvertToInt() {
        return integral && value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    @Override
    public boolean canConvertToLong() {
        return integral && value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    @Override
    public String asText() {
        return spelling;
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(spelling);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof SpelledNumberNode other && other.spelling.equals(spelling));
    }

    @Override
    public int hashCode() {
        return spelling.hashCode();
    }
}

package io.billingpilot.iac;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small writer of HCL (Terraform's language): blocks, attributes and the expressions the
 * setup needs. Strings are escaped for HCL ({@code \}, {@code "}, line breaks, and {@code ${} /
 * {@code %{}, which would start a template), then {@link Token} marks become interpolations.
 */
final class Hcl {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** An HCL expression. */
    sealed interface Expr permits Str, Raw, Bool, Num, ListExpr, ObjectExpr, Call {
    }

    record Str(String value) implements Expr {
    }

    /** A reference or keyword written as is, e.g. {@code aws_s3_bucket.reports.id}. */
    record Raw(String text) implements Expr {
    }

    record Bool(boolean value) implements Expr {
    }

    record Num(String value) implements Expr {
    }

    record ListExpr(List<Expr> items) implements Expr {
    }

    record ObjectExpr(Map<String, Expr> fields) implements Expr {
    }

    record Call(String function, Expr argument) implements Expr {
    }

    static Expr str(String value) {
        return new Str(value);
    }

    static Expr raw(String text) {
        return new Raw(text);
    }

    static Expr list(List<String> values) {
        return new ListExpr(values.stream().map(Hcl::str).toList());
    }

    /** A JSON value as an HCL value, e.g. a policy inside {@code jsonencode(...)}. */
    static Expr of(JsonNode node) {
        if (node.isObject()) {
            Map<String, Expr> fields = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), of(field.getValue())));
            return new ObjectExpr(fields);
        }
        if (node.isArray()) {
            List<Expr> items = new ArrayList<>();
            node.forEach(item -> items.add(of(item)));
            return new ListExpr(items);
        }
        if (node.isBoolean()) {
            return new Bool(node.booleanValue());
        }
        if (node.isNumber()) {
            return new Num(node.asText());
        }
        if (node.isNull()) {
            return new Raw("null");
        }
        return new Str(node.asText());
    }

    Hcl comment(String text) {
        for (String line : text.split("\n")) {
            indent().append("# ").append(line).append('\n');
        }
        return this;
    }

    Hcl blank() {
        out.append('\n');
        return this;
    }

    Hcl open(String type, String... labels) {
        indent().append(type);
        for (String label : labels) {
            out.append(' ').append(quoted(label));
        }
        out.append(" {\n");
        depth++;
        return this;
    }

    Hcl close() {
        depth--;
        indent().append("}\n");
        return this;
    }

    Hcl attribute(String name, Expr value) {
        indent().append(name).append(" = ");
        write(value);
        out.append('\n');
        return this;
    }

    String text() {
        return out.toString();
    }

    private void write(Expr expr) {
        if (expr instanceof Str s) {
            out.append(quoted(s.value()));
        } else if (expr instanceof Raw r) {
            out.append(r.text());
        } else if (expr instanceof Bool b) {
            out.append(b.value());
        } else if (expr instanceof Num n) {
            out.append(n.value());
        } else if (expr instanceof Call c) {
            out.append(c.function()).append('(');
            write(c.argument());
            out.append(')');
        } else if (expr instanceof ListExpr l) {
            writeList(l);
        } else if (expr instanceof ObjectExpr o) {
            writeObject(o);
        }
    }

    private void writeList(ListExpr list) {
        if (list.items().isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        depth++;
        for (Expr item : list.items()) {
            indent();
            write(item);
            out.append(",\n");
        }
        depth--;
        indent().append(']');
    }

    private void writeObject(ObjectExpr object) {
        if (object.fields().isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        depth++;
        for (Map.Entry<String, Expr> field : object.fields().entrySet()) {
            indent().append(quoted(field.getKey())).append(" = ");
            write(field.getValue());
            out.append('\n');
        }
        depth--;
        indent().append('}');
    }

    /** A quoted HCL string: escaped, then marked tokens as interpolations. */
    static String quoted(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '"' -> text.append("\\\"");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '$', '%' -> {
                    text.append(c);
                    if (i + 1 < value.length() && value.charAt(i + 1) == '{') {
                        text.append(c);
                    }
                }
                default -> {
                    if (Character.isISOControl(c)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
        return Token.replace(text.toString(), token -> "${" + token.terraform() + "}");
    }

    private StringBuilder indent() {
        out.append("  ".repeat(depth));
        return out;
    }
}

package id.jembatan.platform.web;

/**
 * A bounded page request. Parameters arrive as text so that {@code size=abc} is a 400 that names the field,
 * rather than the 404 that JAX-RS gives for an unconvertible query parameter.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(String page, String size) {
        Integer pageNumber = Params.integer("page", page, 0, 1_000_000);
        Integer pageSize = Params.integer("size", size, 1, MAX_SIZE);
        return new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? DEFAULT_SIZE : pageSize);
    }

    public int offset() {
        return page * size;
    }
}

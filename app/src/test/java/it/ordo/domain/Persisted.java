package it.ordo.domain;

import java.lang.reflect.Field;

/**
 * Gives an entity the id the database would: some rules match by id (a price
 * list item belongs to a list by its id, a promotion names a product by id),
 * and domain tests run without a database to assign one.
 */
public final class Persisted {

    private Persisted() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of " + entity, e);
        }
    }
}

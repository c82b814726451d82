package dev.berth.internal.junit;

import dev.berth.ContainerSpec;
import java.lang.reflect.Field;

/**
 * One validated {@code @WithContainer}: its spec and where it came from.
 *
 * @param spec the spec (its name is the logical name)
 * @param network the logical network name, {@code ""} for none
 * @param shared whether shared across classes
 * @param label how messages name the declaration, e.g. {@code @WithContainer(name = "db") on [FooTest]}
 * @param field the field it is injected into, or {@code null}
 */
record Declaration(ContainerSpec spec, String network, boolean shared, String label, Field field) {

    String name() {
        return spec.name();
    }
}

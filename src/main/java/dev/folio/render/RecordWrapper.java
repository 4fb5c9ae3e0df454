package dev.folio.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Freemarker's object wrapper, with Folio's view records shown to templates as hashes of their
 * components. What a template sees is what {@link TemplateRules#RECORDS_ONLY} lets Freemarker's own
 * bean wrapper show (the components, and the record's text); this reads each component through its
 * accessor, found once per record class. The bean wrapper looks each name up in its introspection
 * and calls the accessor with an access check that walks the stack: on a site of thousands of pages
 * that was a third of the time spent in templates.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  /** The accessors of a record class's components, by name. */
  private static final ClassValue<Map<String, Method>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          // As with Freemarker's bean wrapper, a record that is not public shows nothing.
          if (!Modifier.isPublic(type.getModifiers())) {
            return Map.of();
          }
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            // Accessible already; this makes each call skip the access check's stack walk.
            accessor.setAccessible(true);
            accessors.put(component.getName(), accessor);
          }
          return Map.copyOf(accessors);
        }
      };

  RecordWrapper(DefaultObjectWrapperConfiguration configuration) {
    super(configuration, true);
  }

  /**
   * Whether a record class is shown by its components ({@link RecordModel}): it is none of what the
   * default wrapper shows another way (a model, a collection, a map, a number, text).
   */
  private static final ClassValue<Boolean> PLAIN =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return Record.class.isAssignableFrom(type)
              && Stream.of(
                      TemplateModel.class,
                      Iterable.class,
                      Map.class,
                      Number.class,
                      CharSequence.class)
                  .noneMatch(kind -> kind.isAssignableFrom(type));
        }
      };

  @Override
  public TemplateModel wrap(Object value) throws TemplateModelException {
    // What templates read most, text and plain view records, by their class first. The default
    // asks first whether the value is a model, then a dozen other kinds, before it gives a record
    // to handleUnknownType; and asking whether an object is of an interface it does not implement
    // costs a search through its class's interfaces, through a stub, on every call (Java 17).
    if (value instanceof String text) {
      return new SimpleScalar(text); // as the default wraps a string
    }
    if (value instanceof Record record && PLAIN.get(record.getClass())) {
      return new RecordModel(record, COMPONENTS.get(record.getClass()), this);
    }
    return super.wrap(value);
  }

  @Override
  protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
    if (value instanceof Record record) {
      return new RecordModel(record, COMPONENTS.get(record.getClass()), this);
    }
    return super.handleUnknownType(value);
  }

  /** An accessor's arguments: none, in one array (a varargs call makes a new one each time). */
  private static final Object[] NO_ARGUMENTS = {};

  /**
   * A record as a template sees it: its components by name, and its text. Its accessors are found
   * once, when it is wrapped: a template reads several components of most records it is given.
   */
  private record RecordModel(Record record, Map<String, Method> accessors, ObjectWrapper wrapper)
      implements TemplateHashModel,
          TemplateScalarModel,
          AdapterTemplateModel,
          WrapperTemplateModel {
    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Method accessor = accessors.get(key);
      if (accessor == null) {
        return null;
      }
      try {
        return wrapper.wrap(accessor.invoke(record, NO_ARGUMENTS));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new TemplateModelException("cannot read " + key, e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    @Override
    public String getAsString() {
      return record.toString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return record;
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }
  }
}

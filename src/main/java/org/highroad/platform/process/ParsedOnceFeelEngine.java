package org.highroad.platform.process;

import camundajar.impl.scala.Tuple2;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.operaton.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.operaton.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.operaton.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.operaton.bpm.engine.variable.context.VariableContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard FEEL for the decision tables policy staff edit (ADR 0029), evaluated by the same Scala FEEL engine as
 * Operaton's default {@link ScalaFeelEngine} (same parser, interpreter, value mappers, custom functions and error
 * messages), with two costs of the default taken out of every evaluation:
 *
 * <ul>
 *   <li>each cell's text (input expression, input entry, output entry) is parsed and validated once, then kept in a
 *       bounded cache keyed by the text; the default hands the text to the FEEL parser on every evaluation;</li>
 *   <li>FEEL's built-in functions are built once per engine; the default builds them (a map of all of FEEL's
 *       functions) for every cell it evaluates.</li>
 * </ul>
 *
 * <p>What a cell answers does not change: the parsed form is the one the default engine evaluates, the variable
 * context is built the same way (the tested input under FEEL's input variable {@code ?}), every evaluation gets a
 * fresh failure collector as in the default, and a cell that does not parse fails on every evaluation with the
 * default's message (the failure is cached, not the success). If the interpreter's internal entry point is missing
 * (another feel-scala version) or throws, the cell is evaluated through the public API (parsed form, engine-built
 * context), which is what the default does after parsing; so the fast path can never turn a failure into an answer.
 *
 * <p>Thread-safe: the parsed expressions are immutable syntax trees, the caches are concurrent, the built-in
 * functions are immutable after construction, and nothing per evaluation is shared.
 */
public class ParsedOnceFeelEngine extends ScalaFeelEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ParsedOnceFeelEngine.class);

    /**
     * Cells kept parsed per kind (expressions, unary tests). The project's tables hold a few hundred distinct cells;
     * the bound only guards against a deployment that generates texts without end. When it is reached the cache
     * starts over, which costs one parse per cell again.
     */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    private static final MethodHandle EVAL = evalEntryPoint();

    private final int cacheSize;
    private final Map<String, Parsed> expressions = new ConcurrentHashMap<>();
    private final Map<String, Parsed> unaryTests = new ConcurrentHashMap<>();
    private final org.camunda.feel.FeelEngine engine;
    private final ValueMapper valueMapper;
    /** FEEL's built-in functions and the custom ones, built once (the default builds them per evaluation). */
    private final FunctionProvider functions;

    public ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        this(functionProviders, DEFAULT_CACHE_SIZE);
    }

    public ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders, int cacheSize) {
        super(functionProviders);
        this.cacheSize = cacheSize;
        this.engine = engineOf(feelEngineApi);
        this.valueMapper = engine.valueMapper();
        this.functions = new FunctionProvider.CompositeFunctionProvider(this.<FunctionProvider>toScalaList(
                new BuiltinFunctions(engine.clock(), valueMapper), engine.functionProvider()));
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        if (expression == null) {
            return super.evaluateSimpleExpression(expression, variableContext);
        }
        Parsed parsed = parsed(expressions, expression, feelEngineApi::parseExpression);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return result(parsed, context, null, false);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputName, VariableContext variableContext) {
        if (expression == null) {
            return super.evaluateSimpleUnaryTests(expression, inputName, variableContext);
        }
        Parsed parsed = parsed(unaryTests, expression, feelEngineApi::parseUnaryTests);
        // as the default: the tested value, or null when the context does not hold the input
        Object input = inputName != null && variableContext != null && variableContext.containsVariable(inputName)
                ? variableContext.resolve(inputName).getValue() : null;
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new VariableProvider.CompositeVariableProvider(toScalaList(new ContextVariableWrapper(variableContext)));
            }
        };
        Object result = result(parsed, context, input, true);
        // null (no rule of FEEL answered) counts as false, as in the default
        return BoxesRunTime.unboxToBoolean(result);
    }

    /** How many cells are kept parsed (expressions and unary tests). */
    public int cachedCells() {
        return expressions.size() + unaryTests.size();
    }

    /**
     * Whether evaluations skip rebuilding FEEL's built-in functions (feel-scala's internal entry point was found); if
     * not, cells are still parsed once.
     */
    public static boolean buildsFunctionsOnce() {
        return EVAL != null;
    }

    private Parsed parsed(Map<String, Parsed> cache, String text, Function<String, ParseResult> parse) {
        Parsed parsed = cache.get(text);
        if (parsed != null) {
            return parsed;
        }
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        return cache.computeIfAbsent(text, t -> {
            ParseResult result = parse.apply(t);
            return result.isSuccess() ? new Parsed(result.parsedExpression(), null) : new Parsed(null, result.failure());
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T result(Parsed parsed, Context context, Object input, boolean unaryTest) {
        if (parsed.failure() != null) {
            throw LOGGER.evaluationException(parsed.failure().message());
        }
        Either<Failure, Object> either = evaluate(parsed.expression(), context, input, unaryTest).toEither();
        if (either instanceof Right<Failure, Object> right) {
            return (T) right.value();
        }
        throw LOGGER.evaluationException(((Left<Failure, Object>) either).value().message());
    }

    private EvaluationResult evaluate(ParsedExpression expression, Context context, Object input, boolean unaryTest) {
        if (EVAL != null) {
            try {
                EvalContext variables = EvalContext.wrap(context, valueMapper);
                if (unaryTest) {
                    variables = variables.add(new Tuple2<>(org.camunda.feel.FeelEngine.UnaryTests$.MODULE$.defaultInputVariable(),
                            valueMapper.toVal(input)));
                }
                EvalContext root = new EvalContext(valueMapper, VariableProvider.EmptyVariableProvider$.MODULE$, functions,
                        new EvaluationFailureCollector());
                return (EvaluationResult) EVAL.invokeExact(engine, expression, root.merge(variables));
            } catch (RuntimeException e) {
                // not expected: the interpreter reports failures as results. The public path below gives the
                // default's answer or the default's failure message.
                LOG.debug("FEEL cell {} evaluated through the public API after {}", expression.text(), e.toString());
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return unaryTest ? feelEngineApi.evaluateWithInput(expression, input, context) : feelEngineApi.evaluate(expression, context);
    }

    private record Parsed(ParsedExpression expression, Failure failure) {
    }

    private static org.camunda.feel.FeelEngine engineOf(FeelEngineApi api) {
        try {
            Field field = FeelEngineApi.class.getDeclaredField("engine");
            field.setAccessible(true);
            return (org.camunda.feel.FeelEngine) field.get(api);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the FEEL engine API of feel-scala has no engine field: check the version", e);
        }
    }

    /**
     * feel-scala's own evaluation of a parsed expression in a prepared context (its private
     * {@code FeelEngine.eval(ParsedExpression, EvalContext)}: interpret, then turn the value or error into a result,
     * with the same messages as the public {@code evaluate}). The public {@code evaluate} differs only in validating
     * the parsed expression again (already done when it was parsed) and building a new root context with all
     * built-in functions first.
     */
    private static MethodHandle evalEntryPoint() {
        try {
            return MethodHandles.privateLookupIn(org.camunda.feel.FeelEngine.class, MethodHandles.lookup())
                    .findVirtual(org.camunda.feel.FeelEngine.class, "eval",
                            MethodType.methodType(EvaluationResult.class, ParsedExpression.class, EvalContext.class))
                    .asType(MethodType.methodType(EvaluationResult.class, org.camunda.feel.FeelEngine.class,
                            ParsedExpression.class, EvalContext.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("feel-scala has no internal eval(ParsedExpression, EvalContext); FEEL cells are parsed once but"
                    + " each evaluation builds FEEL's built-in functions again ({})", e.toString());
            return null;
        }
    }
}

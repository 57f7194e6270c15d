package org.highroad.platform.process;

import java.util.List;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.dmn.feel.impl.FeelEngine;
import org.operaton.bpm.dmn.feel.impl.FeelEngineFactory;
import org.operaton.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ParsedOnceFeelEngine} (standard FEEL, each cell parsed once) under the process engine's DMN engine, so
 * decisions evaluated through the engine ({@code DecisionService}, business rule tasks: the escalation ladder) use it,
 * and builds the standalone DMN engines that evaluate tables outside the engine's history (the point tiers) with it
 * too (ADR 0029).
 *
 * <p>The plugin runs before the process engine builds its DMN engine ({@code preInit}); the engine then adds its own
 * history and metrics listeners and its custom FEEL functions to the same configuration, as it does to the default
 * one. The FEEL engine reads the custom functions when it is created, after the engine has set them.
 */
@Component
public class ParsedOnceFeel extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        if (dmn.getFeelEngineFactory() == null && !configuration.isDmnFeelEnableLegacyBehavior()) {
            dmn.setFeelEngineFactory(factory(dmn));
        }
    }

    /** A standalone DMN engine (no history, no process engine) whose FEEL cells are parsed once. */
    public static DmnEngine standaloneEngine() {
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(factory(dmn));
        return dmn.buildEngine();
    }

    /** Creates the FEEL engine with the configuration's custom functions as they are when the engine is built. */
    static FeelEngineFactory factory(DefaultDmnEngineConfiguration dmn) {
        return new FeelEngineFactory() {
            @Override
            public FeelEngine createInstance() {
                List<FeelCustomFunctionProvider> custom = dmn.getFeelCustomFunctionProviders();
                return new ParsedOnceFeelEngine(custom);
            }
        };
    }
}

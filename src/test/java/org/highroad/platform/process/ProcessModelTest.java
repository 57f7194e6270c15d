package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.highroad.standards.process.StandardAdoptionProcess;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every model in {@code bpmn/} keeps the conventions, is deployed, and matches its process adapter's constants. */
class ProcessModelTest extends ApiTest {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;

    @Test
    void everyModelKeepsTheConventions() throws IOException {
        Map<String, BpmnModelInstance> models = models();
        assertThat(models).as("models under bpmn/").isNotEmpty();
        List<String> problems = new ArrayList<>();
        Set<String> forms = formIds();
        models.forEach((file, model) -> problems.addAll(
                ProcessModelRules.check(file, model, context::containsBean, forms)));
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerFindsEveryDefectOfABrokenModel() throws IOException {
        BpmnModelInstance broken;
        try (InputStream in = getClass().getResourceAsStream("/model-fixtures/broken.bpmn")) {
            broken = Bpmn.readModelFromStream(in);
        }
        List<String> problems = ProcessModelRules.check("broken.bpmn", broken, context::containsBean, formIds());
        assertThat(problems).hasSize(5).anyMatch(p -> p.contains("no history time to live"))
                .anyMatch(p -> p.contains("noSuchBean")).anyMatch(p -> p.contains("serviceTask_javaClass"))
                .anyMatch(p -> p.contains("no-such-form")).anyMatch(p -> p.contains("userTask_latestBinding"));
    }

    @Test
    void everyModelAndFormIsDeployedByTheEngine() throws IOException {
        Set<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream()).collect(Collectors.toSet());
        for (Resource file : RESOURCES.getResources("classpath*:bpmn/**/*.bpmn")) {
            assertThat(deployed).anyMatch(name -> name.endsWith(file.getFilename()));
        }
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            assertThat(deployed).anyMatch(name -> name.endsWith(file.getFilename()));
        }
    }

    /**
     * Adapter constants by prefix: TASK_, GATEWAY_, END_, EVENT_ name model elements; FORM_ a form in forms/;
     * DELEGATE_ a bean; PROCESS_ID the process. Each must exist.
     */
    @ParameterizedTest
    @ValueSource(classes = {StandardAdoptionProcess.class, org.highroad.procurement.process.BidEvaluationProcess.class,
            org.highroad.procurement.process.SolicitationAwardProcess.class,
            org.highroad.vendors.process.VendorQualificationProcess.class,
            org.highroad.contracts.process.ContractAwardProcess.class,
            org.highroad.payroll.process.CertifiedPayrollReviewProcess.class,
            org.highroad.enforcement.process.ComplianceCaseProcess.class,
            org.highroad.complaints.process.WorkerComplaintProcess.class})
    void everyIdInAProcessAdapterExistsInItsModel(Class<?> adapter) throws Exception {
        String processId = (String) adapter.getField("PROCESS_ID").get(null);
        BpmnModelInstance model = models().values().stream()
                .filter(m -> m.getModelElementById(processId) != null).findFirst().orElseThrow();
        Set<String> forms = formIds();
        for (Field field : adapter.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String name = field.getName();
            String value = (String) field.get(null);
            String label = adapter.getSimpleName() + "." + name;
            if (name.matches("(TASK|GATEWAY|END|EVENT)_.*")) {
                ModelElementInstance element = model.getModelElementById(value);
                assertThat(element).as(label).isNotNull();
            } else if (name.startsWith("FORM_")) {
                assertThat(forms).as(label).contains(value);
            } else if (name.startsWith("DELEGATE_")) {
                assertThat(context.containsBean(value)).as(label).isTrue();
            }
        }
    }

    private static Map<String, BpmnModelInstance> models() throws IOException {
        Map<String, BpmnModelInstance> models = new HashMap<>();
        for (Resource file : RESOURCES.getResources("classpath*:bpmn/**/*.bpmn")) {
            try (InputStream in = file.getInputStream()) {
                models.put(file.getFilename(), Bpmn.readModelFromStream(in));
            }
        }
        return models;
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = file.getInputStream()) {
                ids.add(json.readTree(in).path("id").asText());
            }
        }
        return ids;
    }
}

package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.operaton.bpm.engine.impl.RepositoryServiceImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.repository.ProcessDefinition;
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
        Map<String, ProcessModelRules.FormFields> forms = forms();
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
        List<String> problems = ProcessModelRules.check("broken.bpmn", broken, context::containsBean, forms());
        assertThat(problems).hasSize(9).anyMatch(p -> p.contains("no history time to live"))
                .anyMatch(p -> p.contains("noSuchBean")).anyMatch(p -> p.contains("serviceTask_javaClass"))
                .anyMatch(p -> p.contains("no-such-form")).anyMatch(p -> p.contains("userTask_latestBinding"))
                .anyMatch(p -> p.contains("userTask_generatedForm") && p.contains("generated form fields"))
                .anyMatch(p -> p.contains("userTask_asyncAfter is asyncAfter"))
                .anyMatch(p -> p.contains("serviceTask_asyncBefore after userTask_triage"))
                .anyMatch(p -> p.contains("userTask_accept shows [vendorId], which userTask_triage asks for"));
    }

    /**
     * Whatever a model says, the engine takes every user task's form fields as answers for the transaction that
     * completes the task (ADR 0008): none becomes a process variable, so none can fill in another task's form.
     */
    @Test
    void everyUserTaskOfEveryDeployedProcessTakesItsFormFieldsAsAnswersForOneTransaction() {
        List<String> userTasks = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            ProcessDefinitionEntity deployed = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repository)
                    .getDeployedProcessDefinition(definition.getId());
            deployed.getTaskDefinitions().forEach((key, task) -> {
                userTasks.add(definition.getKey() + "." + key);
                assertThat(task.getTaskFormHandler()).as(definition.getKey() + "." + key)
                        .isInstanceOf(FormAnswers.TransientAnswers.class);
            });
        }
        assertThat(userTasks).contains("contractAward.userTask_legalReview", "contractAward.userTask_acceptContract",
                "workerComplaint.userTask_siteVisit", "complianceCase.userTask_reviewRound", "bidEvaluation.userTask_reviewScorecard",
                "solicitationAward.userTask_approveAward", "standardVersionAdoption.userTask_reviewStandardVersion",
                "vendorQualification.userTask_reviewQualification");
    }

    /**
     * A form shows a value in a disabled field: Tasklist (form-js) leaves disabled fields out of what it submits, but
     * submits read-only ones, which are not answers ({@link AskedFields}), so the engine would refuse the submission.
     */
    @Test
    void everyFormShowsValuesInDisabledFieldsNeverInReadOnlyOnes() throws IOException {
        List<String> readOnly = new ArrayList<>();
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = file.getInputStream()) {
                new ObjectMapper().readTree(in).findParents("readonly").stream()
                        .filter(c -> c.path("readonly").asBoolean(false))
                        .forEach(c -> readOnly.add(file.getFilename() + ": " + c.path("key").asText()));
            }
        }
        assertThat(readOnly).isEmpty();
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
            org.highroad.complaints.process.WorkerComplaintProcess.class,
            org.highroad.subsidies.process.WageSubsidyReviewProcess.class})
    void everyIdInAProcessAdapterExistsInItsModel(Class<?> adapter) throws Exception {
        String processId = (String) adapter.getField("PROCESS_ID").get(null);
        BpmnModelInstance model = models().values().stream()
                .filter(m -> m.getModelElementById(processId) != null).findFirst().orElseThrow();
        Set<String> forms = forms().keySet();
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

    /** Every form under forms/ by id, with the keys it asks for and those it only shows. */
    private static Map<String, ProcessModelRules.FormFields> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, ProcessModelRules.FormFields> forms = new HashMap<>();
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = file.getInputStream()) {
                JsonNode form = json.readTree(in);
                ProcessModelRules.FormFields fields = new ProcessModelRules.FormFields(new HashSet<>(), new HashSet<>());
                collect(form.path("components"), fields);
                forms.put(form.path("id").asText(), fields);
            }
        }
        return forms;
    }

    private static void collect(JsonNode components, ProcessModelRules.FormFields fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                boolean shown = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
                (shown ? fields.shows() : fields.asks()).add(component.path("key").asText());
            }
            collect(component.path("components"), fields);
        }
    }
}

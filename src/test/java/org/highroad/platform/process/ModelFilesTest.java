package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Gateway;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The model files as policy staff and developers open them in the Modeler: each process and its forms under the folder
 * of the module that owns them, every flow node naming its sequence flows (what bpmnlint's recommended rules read),
 * no gateway that both joins and forks, a shape or edge for every element, and a diagram shape for every decision
 * table. No engine is needed: the files are read as the Modeler reads them.
 */
class ModelFilesTest {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    /** Each process adapter lives in {@code org.highroad.<module>.process}; its model and forms in {@code <module>/}. */
    @ParameterizedTest
    @ValueSource(classes = {org.highroad.standards.process.StandardAdoptionProcess.class,
            org.highroad.procurement.process.BidEvaluationProcess.class,
            org.highroad.procurement.process.SolicitationAwardProcess.class,
            org.highroad.vendors.process.VendorQualificationProcess.class,
            org.highroad.contracts.process.ContractAwardProcess.class,
            org.highroad.payroll.process.CertifiedPayrollReviewProcess.class,
            org.highroad.enforcement.process.ComplianceCaseProcess.class,
            org.highroad.complaints.process.WorkerComplaintProcess.class,
            org.highroad.subsidies.process.WageSubsidyReviewProcess.class})
    void eachProcessAndItsFormsLiveUnderTheFolderOfTheModuleThatOwnsThem(Class<?> adapter) throws Exception {
        String module = adapter.getPackageName().split("\\.")[2];
        String processId = (String) adapter.getField("PROCESS_ID").get(null);
        List<String> owned = new ArrayList<>();
        for (Resource file : RESOURCES.getResources("classpath*:bpmn/**/*.bpmn")) {
            BpmnModelInstance model = read(file);
            if (model.getModelElementById(processId) == null) {
                continue;
            }
            owned.add(folderOf(file, "bpmn"));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getOperatonFormRef() != null) {
                    owned.add(formFolder(task.getOperatonFormRef()));
                }
            }
        }
        assertThat(owned).as(processId).isNotEmpty().allMatch(module::equals);
    }

    @Test
    void everyFlowNodeNamesItsSequenceFlowsAndNoGatewayBothJoinsAndForks() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource file : RESOURCES.getResources("classpath*:bpmn/**/*.bpmn")) {
            BpmnModelInstance model = read(file);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                Set<String> in = new HashSet<>();
                Set<String> out = new HashSet<>();
                for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                    if (flow.getTarget() == node) {
                        in.add(flow.getId());
                    }
                    if (flow.getSource() == node) {
                        out.add(flow.getId());
                    }
                }
                if (!in.equals(ids(node.getIncoming())) || !out.equals(ids(node.getOutgoing()))) {
                    problems.add(file.getFilename() + ": " + node.getId() + " does not name its incoming " + in
                            + " and outgoing " + out + " flows");
                }
                if (node instanceof Gateway && in.size() > 1 && out.size() > 1) {
                    problems.add(file.getFilename() + ": gateway " + node.getId() + " both joins and forks");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFlowNodeAndSequenceFlowIsDrawn() throws IOException {
        List<String> undrawn = new ArrayList<>();
        for (Resource file : RESOURCES.getResources("classpath*:bpmn/**/*.bpmn")) {
            BpmnModelInstance model = read(file);
            Set<BaseElement> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement()));
            model.getModelElementsByType(FlowNode.class).stream().filter(n -> !drawn.contains(n))
                    .forEach(n -> undrawn.add(file.getFilename() + ": " + n.getId()));
            model.getModelElementsByType(SequenceFlow.class).stream().filter(f -> !drawn.contains(f))
                    .forEach(f -> undrawn.add(file.getFilename() + ": " + f.getId()));
        }
        assertThat(undrawn).isEmpty();
    }

    @Test
    void everyDecisionTableHasADiagramShapeSoTheModelerShowsIt() throws Exception {
        List<String> missing = new ArrayList<>();
        Resource[] tables = RESOURCES.getResources("classpath*:bpmn/**/*.dmn");
        assertThat(tables).isNotEmpty();
        for (Resource file : tables) {
            Document dmn = dom(file);
            Set<String> shapes = new HashSet<>();
            NodeList shapeNodes = dmn.getElementsByTagNameNS(DMNDI, "DMNShape");
            for (int i = 0; i < shapeNodes.getLength(); i++) {
                shapes.add(((Element) shapeNodes.item(i)).getAttribute("dmnElementRef"));
            }
            NodeList decisions = dmn.getElementsByTagNameNS(DMN, "decision");
            for (int i = 0; i < decisions.getLength(); i++) {
                String id = ((Element) decisions.item(i)).getAttribute("id");
                if (!shapes.contains(id)) {
                    missing.add(file.getFilename() + ": decision " + id);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> ids(Collection<SequenceFlow> flows) {
        Set<String> ids = new HashSet<>();
        flows.forEach(f -> ids.add(f.getId()));
        return ids;
    }

    private static String formFolder(String formId) throws IOException {
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = file.getInputStream()) {
                if (new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("id").asText().equals(formId)) {
                    return folderOf(file, "forms");
                }
            }
        }
        return "no form " + formId;
    }

    /** The folder right under {@code root} that holds the file, e.g. {@code complaints} for bpmn/complaints/x.bpmn. */
    private static String folderOf(Resource file, String root) throws IOException {
        String path = file.getURL().getPath();
        String tail = path.substring(path.lastIndexOf("/" + root + "/") + root.length() + 2);
        return tail.contains("/") ? tail.substring(0, tail.indexOf('/')) : "";
    }

    private static BpmnModelInstance read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static Document dom(Resource file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = file.getInputStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}

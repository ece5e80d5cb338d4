package be.cpas.pst.web.finance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What eComptes sends back for a plan, made from the file the plan's export wrote (as eComptes does: the same tree,
 * each element with its {@code Articles} and {@code Projections}), for the tests.
 */
public final class EcomptesAnswer {

    private static final Set<String> ELEMENTS = Set.of("Volet", "ObjectifStrategique", "ObjectifOperationnel",
            "Action");

    private EcomptesAnswer() {
    }

    /**
     * @param budgets the inner XML of {@code Articles} and {@code Projections} by element identifier, e.g.
     *                {@code "<Articles><Article>…</Article></Articles><Projections/>"}; the other elements get empty
     *                ones
     */
    public static byte[] to(byte[] exported, Map<String, String> budgets) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(exported));
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!ELEMENTS.contains(element.getTagName()) || !element.hasAttribute("ElementId")) {
                continue;
            }
            String xml = budgets.getOrDefault(element.getAttribute("ElementId"), "<Articles/><Projections/>");
            Document fragment = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    ("<x>" + xml + "</x>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Node after = child(element, "Partenaires").getNextSibling();
            for (Node part = fragment.getDocumentElement().getFirstChild(); part != null;
                    part = part.getNextSibling()) {
                element.insertBefore(document.importNode(part, true), after);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    /** An article of an exercice in eComptes' words. */
    public static String article(int year, String service, String type, String code, String label, String amount) {
        return "<Article><Exercice>" + year + "</Exercice><Service>" + service + "</Service><Type>" + type
                + "</Type><CodeArticle>" + code + "</CodeArticle><Libelle>" + label + "</Libelle><Montant>" + amount
                + "</Montant></Article>";
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new IllegalStateException("No " + name + " in " + parent.getTagName());
    }
}

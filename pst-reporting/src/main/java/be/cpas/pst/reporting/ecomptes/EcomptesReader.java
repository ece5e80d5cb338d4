package be.cpas.pst.reporting.ecomptes;

import be.cpas.pst.domain.finance.AccountingFile;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the file eComptes sends back (schema {@code PST_eComptes_Export_201805V1.xsd}): checked against the schema
 * first (a file that does not follow it is refused with the line where it goes wrong), then each element's budget
 * articles and projections by its identifier. No external entity or DTD is read.
 */
public final class EcomptesReader {

    private static final Logger log = LoggerFactory.getLogger(EcomptesReader.class);
    private static final Set<String> ELEMENTS = Set.of("Volet", "ObjectifStrategique", "ObjectifOperationnel",
            "Action");
    /** A file larger than this is not an eComptes PST (a 1,000-action plan is under 3 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Schema EXPORT_SCHEMA = schema("ecomptes/PST_eComptes_Export_201805V1.xsd");
    /** The schema of the file the plan's export writes for eComptes. */
    public static final Schema IMPORT_SCHEMA = schema("ecomptes/schema_import_ecomptes_201805V1.xsd");

    private EcomptesReader() {
    }

    static Schema schema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL url = EcomptesReader.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException("Missing schema " + resource);
            }
            return factory.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Unreadable schema " + resource, e);
        }
    }

    /** Checks bytes against a schema; refused with {@code ecomptes.file.invalid} and the line where it fails. */
    public static void validate(byte[] content, Schema schema) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            log.info("eComptes file refused at line {}: {}", e.getLineNumber(), e.getMessage());
            throw new RuleViolation("ecomptes.file.invalid", "Not an eComptes PST file: " + e.getMessage(),
                    e.getLineNumber());
        } catch (SAXException e) {
            throw new RuleViolation("ecomptes.file.invalid", "Not an eComptes PST file: " + e.getMessage(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AccountingFile read(byte[] content) {
        if (content.length == 0) {
            throw new RuleViolation("ecomptes.file.empty", "Empty file");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("ecomptes.file.tooLarge", "File too large");
        }
        validate(content, EXPORT_SCHEMA);
        Document document = parse(content);
        String planReference = null;
        List<AccountingFile.Element> elements = new ArrayList<>();
        for (Element description : children(document.getDocumentElement(), "PST")) {
            for (Element pst : children(description, "DescriptionPST")) {
                planReference = text(pst, "IdPST");
            }
        }
        collect(document.getDocumentElement(), elements);
        return new AccountingFile(planReference, elements);
    }

    private static void collect(Element parent, List<AccountingFile.Element> elements) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (ELEMENTS.contains(element.getTagName()) && element.hasAttribute("ElementId")) {
                    elements.add(element(element));
                }
                collect(element, elements);
            }
        }
    }

    private static AccountingFile.Element element(Element element) {
        List<AccountingFile.Article> articles = new ArrayList<>();
        for (Element list : children(element, "Articles")) {
            for (Element article : children(list, "Article")) {
                articles.add(new AccountingFile.Article(Integer.parseInt(text(article, "Exercice").strip()),
                        service(text(article, "Service")), flow(text(article, "Type")),
                        text(article, "CodeArticle").strip(), text(article, "Libelle").strip(),
                        new BigDecimal(text(article, "Montant").strip())));
            }
        }
        List<AccountingFile.Projection> projections = new ArrayList<>();
        for (Element list : children(element, "Projections")) {
            for (Element projection : children(list, "Projection")) {
                Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
                for (Element years : children(projection, "Exercices")) {
                    for (Element year : children(years, "Exercice")) {
                        amounts.merge(Integer.parseInt(year.getAttribute("Valeur").strip()),
                                new BigDecimal(text(year, "Montant").strip()), BigDecimal::add);
                    }
                }
                projections.add(new AccountingFile.Projection(service(text(projection, "Service")),
                        flow(text(projection, "Type")), text(projection, "GroupeEco").strip(),
                        text(projection, "Libelle").strip(), amounts));
            }
        }
        return new AccountingFile.Element(element.getAttribute("ElementId").strip(), text(element, "Libelle"),
                articles, projections);
    }

    private static BudgetService service(String code) {
        return "E".equals(code.strip()) ? BudgetService.EXTRAORDINARY : BudgetService.ORDINARY;
    }

    private static BudgetFlow flow(String code) {
        return "R".equals(code.strip()) ? BudgetFlow.REVENUE : BudgetFlow.EXPENSE;
    }

    private static Document parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException | SAXException e) {
            throw new RuleViolation("ecomptes.file.invalid", "Unreadable XML: " + e.getMessage(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }
}

package be.cpas.pst.web.audit;

import be.cpas.pst.domain.audit.AuditQueries;
import be.cpas.pst.domain.audit.AuditSearch;
import be.cpas.pst.domain.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who changed what, when: filterable by person, dates and object. */
@Controller
class AuditController {

    private final AuditQueries audit;

    AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result, Model model) {
        // a date that does not parse is reported next to its field and ignored
        AuditTrail.AuditPage page = audit.search(new AuditSearch(filter.getActor(),
                result.hasFieldErrors("from") ? null : filter.getFrom(),
                result.hasFieldErrors("to") ? null : filter.getTo(), filter.getType(), filter.getObject(),
                filter.getPage()));
        model.addAttribute("types", AuditSearch.TYPES);
        model.addAttribute("page", page);
        return "audit/list";
    }
}

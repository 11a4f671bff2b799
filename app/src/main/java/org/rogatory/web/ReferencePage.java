package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.screening.ReferenceFileException;
import org.rogatory.screening.ReferenceImports;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's import of the register, the country profiles or the prior decisions, as the
 * API's {@code /api/v1/reference/{kind}}: {@link ReferenceImports} checks every row before it
 * writes anything; a bad row is shown with its file, line and field, an import with its rows and
 * the file's SHA-256 (as the audit trail records it).
 */
@UiController
class ReferencePage {

    private final Access access;
    private final ReferenceImports imports;

    ReferencePage(Access access, ReferenceImports imports) {
        this.access = access;
        this.imports = imports;
    }

    @GetMapping("/reference")
    String page(Model model) {
        access.require(Operation.IMPORT_REFERENCE_DATA);
        return page(null, model);
    }

    @PostMapping("/reference")
    String importFile(@RequestParam(required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        User admin = access.require(Operation.IMPORT_REFERENCE_DATA);
        Optional<ReferenceImports.Kind> what = AdminForms.kind(kind);
        if (what.isEmpty() || file == null || file.isEmpty()) {
            model.addAttribute("kindMissing", what.isEmpty());
            model.addAttribute("fileMissing", file == null || file.isEmpty());
            response.setStatus(400);
            return page(kind, model);
        }
        String name = AdminForms.fileName(file.getOriginalFilename(), what.get());
        try {
            ReferenceImports.Imported imported = imports.importFile(what.get(), name, file.getBytes(),
                    Actor.of(admin), rows -> { });
            redirect.addFlashAttribute("importedKind", imported.kind().slug());
            redirect.addFlashAttribute("importedFile", imported.file());
            redirect.addFlashAttribute("importedSha256", imported.sha256());
            redirect.addFlashAttribute("importedRows", imported.rows());
            return "redirect:/reference";
        } catch (ReferenceFileException bad) {
            model.addAttribute("rowError", bad);
            response.setStatus(400);
            return page(kind, model);
        }
    }

    private String page(String kind, Model model) {
        model.addAttribute("kinds", ReferenceImports.Kind.values());
        model.addAttribute("kind", kind);
        return "reference";
    }
}

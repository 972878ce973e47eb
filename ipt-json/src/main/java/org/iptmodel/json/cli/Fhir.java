package org.iptmodel.json.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.iptmodel.core.Course;
import org.iptmodel.json.IptJsonException;
import org.iptmodel.json.fhir.FhirBridge;
import org.iptmodel.json.fhir.FhirImport;

/**
 * {@code fhir [--transaction] [--free-text] [--patient-system URI] FILE}: the course as a FHIR
 * Bundle; {@code fhir --import BUNDLE --course FILE}: the course with the symptom scores of a FHIR
 * Bundle placed into its sessions, printed as a course document, and on standard error what was
 * placed, skipped and not placed, by position only.
 */
final class Fhir {

    private Fhir() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Command command = options.command();
        FhirBridge fhir = FhirBridge.defaults();
        if (options.value("patient-system").isPresent()) {
            try {
                fhir = fhir.withPatientSystem(options.value("patient-system").get());
            } catch (IllegalArgumentException e) {
                throw new UsageException(command, "--patient-system needs an absolute URI");
            }
        }
        if (options.value("import").isPresent()) {
            if (options.has("transaction") || options.has("free-text")) {
                throw new UsageException(command, "--transaction and --free-text are options of the export");
            }
            options.noOperands();
            String bundle = options.value("import").get();
            Course course = Inputs.course(command, options.required("course"));
            FhirImport result;
            try {
                result = fhir.importScores(text(command, bundle), course);
            } catch (IptJsonException e) {
                throw Inputs.invalid(bundle, "a FHIR Bundle of valid scores", e);
            }
            out.print(Inputs.JSON.withPrettyPrinting(true).course().write(result.course()));
            err.println("imported " + result.imported() + " scores; skipped " + result.skipped().size()
                    + " resources; " + result.unplaced().size() + " scores with no session on their date or"
                    + " one on the instrument already");
            result.skipped().forEach(p -> err.println("skipped\t" + p));
            result.unplaced().forEach(p -> err.println("unplaced\t" + p));
            return Main.OK;
        }
        if (options.value("course").isPresent()) {
            throw new UsageException(command, "--course goes with --import BUNDLE");
        }
        if (options.has("transaction")) {
            fhir = fhir.asTransaction();
        }
        if (options.has("free-text")) {
            fhir = fhir.withFreeText();
        }
        out.print(fhir.export(Inputs.course(command, options.file())));
        return Main.OK;
    }

    private static String text(Command command, String file) {
        try {
            return new String(Files.readAllBytes(Inputs.path(command, file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Failure.unreadable(Inputs.shown(file), e);
        }
    }
}

package id.jembatan.assessment.api;

import id.jembatan.assessment.scoring.model.AssessmentResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AssessmentPreview", description = "The evaluation of a draft; nothing is stored")
public record PreviewView(int modelVersion, LocalDate asOf, String inputsHash, AssessmentResult result) {
}

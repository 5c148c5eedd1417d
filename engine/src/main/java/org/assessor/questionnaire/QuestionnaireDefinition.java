package org.assessor.questionnaire;

import java.util.List;

/** The file format of a questionnaire definition, as Jackson reads it; checked by {@link QuestionnaireReader}. */
record QuestionnaireDefinition(String id, String version, String title, String description, ScaleDef scale,
                               List<OutcomeDef> outcomes, Boolean peerRatesStandards,
                               List<SectionDef> sections) {

    record ScaleDef(List<LevelDef> levels, LevelDef notApplicable, LevelDef notRated) {
    }

    record LevelDef(String code, String label, String letter, String colour) {
    }

    record OutcomeDef(String name, String label, List<OptionDef> values) {
    }

    record SectionDef(String id, String title, String description, List<StandardDef> standards) {
    }

    record StandardDef(String id, String title, String description, List<CriterionDef> criteria) {
    }

    record CriterionDef(String id, String title, String description, List<QuestionDef> questions) {
    }

    record QuestionDef(String id, String text, String help, String type, Boolean notApplicable, Double min,
                       Double max, String unit, List<OptionDef> options, Integer maxLength) {
    }

    record OptionDef(String id, String label) {
    }
}

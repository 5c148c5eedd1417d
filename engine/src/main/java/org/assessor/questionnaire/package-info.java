/**
 * Questionnaire definitions: sections → standards → criteria → questions, read from JSON files
 * ({@link org.assessor.questionnaire.QuestionnaireReader}) and kept by id and version in a
 * {@link org.assessor.questionnaire.QuestionnaireCatalog}. Ids are stable across versions so
 * that assessments made under different versions can be compared.
 */
package org.assessor.questionnaire;

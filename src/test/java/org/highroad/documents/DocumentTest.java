package org.highroad.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The document records refuse shapes the renderer could only draw wrongly. */
class DocumentTest {

    @Test
    void aTableRowWithTooFewCellsIsRefusedRatherThanShiftingValuesUnderTheWrongHeader() {
        assertThatThrownBy(() -> new Block.Table(List.of("Classification", "Base"), List.of(List.of("Laborer")), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells").hasMessageContaining("2");
    }

    @Test
    void relativeWidthsNeedOnePositiveWeightPerColumn() {
        assertThatThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(), List.of(1f)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block.Table(List.of("A", "B"), List.of(), List.of(1f, 0f)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnSharesFollowTheRelativeWidthsOrAreEqual() {
        assertThat(new Block.Table(List.of("A", "B"), List.of(), List.of(3f, 1f)).shares())
                .containsExactly(0.75f, 0.25f);
        assertThat(new Block.Table(List.of("A", "B"), List.of(), null).shares()).containsExactly(0.5f, 0.5f);
    }

    @Test
    void missingSignatureLinesMeanNoSignatureBlock() {
        assertThat(new Document("T", null, "R", List.of(), null).signatureLines()).isEmpty();
    }
}

package org.highroad.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.Sort;

/** The page parameters every list takes, checked by hand-written table: what is accepted, and what is refused how. */
class PagingTest {

    /** A queue ordered by default open first, oldest first; sortable by opening time and contract. */
    private static final SortFields QUEUE = SortFields.by(Sort.by(Sort.Order.desc("status"), Sort.Order.asc("openedAt")), "id")
            .allow("openedAt").allow("contract", "contractId").allow("id");

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(null, null, null, 0, 50, "status: DESC,openedAt: ASC,id: ASC"),
                Arguments.of("", " ", "", 0, 50, "status: DESC,openedAt: ASC,id: ASC"),
                Arguments.of("0", "1", null, 0, 1, "status: DESC,openedAt: ASC,id: ASC"),
                Arguments.of("3", "200", null, 3, 200, "status: DESC,openedAt: ASC,id: ASC"),
                Arguments.of(" 2 ", "25", "openedAt", 2, 25, "openedAt: ASC, NULLS_LAST,id: ASC"),
                Arguments.of(null, null, "openedAt,desc", 0, 50, "openedAt: DESC, NULLS_LAST,id: DESC"),
                Arguments.of(null, null, "openedAt,DESC", 0, 50, "openedAt: DESC, NULLS_LAST,id: DESC"),
                Arguments.of(null, null, "contract,asc", 0, 50, "contractId: ASC, NULLS_LAST,id: ASC"),
                Arguments.of(null, null, "id,desc", 0, 50, "id: DESC, NULLS_LAST"),
                Arguments.of("10000000", "200", null, 10_000_000, 200, "status: DESC,openedAt: ASC,id: ASC"));
    }

    @ParameterizedTest(name = "page={0} size={1} sort={2}")
    @MethodSource("accepted")
    void acceptedParametersGiveThePageSizeAndAnOrderEndingWithTheTieBreaker(String page, String size, String sort,
            int expectedPage, int expectedSize, String expectedSort) {
        PageQuery query = new PageParams(page, size, sort).query(QUEUE);
        assertThat(query.page()).isEqualTo(expectedPage);
        assertThat(query.size()).isEqualTo(expectedSize);
        assertThat(query.sort().toString()).isEqualTo(expectedSort);
        assertThat(query.pageable().getOffset()).isEqualTo((long) expectedPage * expectedSize);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("-1", null, null, "page", "from 0"),
                Arguments.of("first", null, null, "page", "'first'"),
                Arguments.of("1.5", null, null, "page", "whole number"),
                Arguments.of("99999999999", null, null, "page", "whole number"),
                Arguments.of(null, "0", null, "size", "from 1 to 200"),
                Arguments.of(null, "201", null, "size", "from 1 to 200"),
                Arguments.of(null, "-5", null, "size", "from 1 to 200"),
                Arguments.of(null, "ten", null, "size", "'ten'"),
                Arguments.of(null, null, "amount", "sort", "one of openedAt, contract, id"),
                Arguments.of(null, null, "contractId", "sort", "got 'contractId'"),
                Arguments.of(null, null, "openedAt,sideways", "sort", "'asc' or 'desc'"),
                Arguments.of(null, null, "openedAt,desc,id", "sort", "one field and a direction"),
                Arguments.of(null, null, "status", "sort", "one of openedAt, contract, id"),
                Arguments.of("20000000", "200", null, "page", "page times size"));
    }

    @ParameterizedTest(name = "page={0} size={1} sort={2} -> {3}")
    @MethodSource("refused")
    void wrongParametersAreRefusedNamingTheField(String page, String size, String sort, String field, String reason) {
        assertThatThrownBy(() -> new PageParams(page, size, sort).query(QUEUE)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.violations()).extracting(Violation::field).containsExactly(field);
                    assertThat(e.violations().get(0).reason()).contains(reason);
                });
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        assertThatThrownBy(() -> new PageParams("-1", "500", "nope").query(QUEUE)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("page", "size", "sort"));
    }

    @Test
    void aListWithOneOrderRefusesAnySort() {
        SortFields one = SortFields.byId("position", Sort.Direction.ASC);
        assertThat(PageParams.first().query(one).sort().toString()).isEqualTo("position: ASC");
        assertThatThrownBy(() -> new PageParams(null, null, "position").query(one)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageKnowsItsNeighbours() {
        PageView<String> middle = new PageView<>(List.of("c", "d"), 1, 2, 5, 3);
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
        PageView<String> last = new PageView<>(List.of("e"), 2, 2, 5, 3);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.map(String::toUpperCase).items()).containsExactly("E");
        assertThat(new PageView<String>(List.of(), 0, 50, 0, 0).hasNext()).isFalse();
    }
}

package org.highroad.subsidies;

import java.math.BigDecimal;
import java.util.List;

/** One worker's week in the certified-payroll CSV layout (docs/payroll-csv.md), with the pay figures that add up. */
public final class PayCsv {

    static final String HEADER = "entry_number,last_name,first_name,middle_initial,worker_id,level,apprentice_level,classification,"
            + "st_sun,st_mon,st_tue,st_wed,st_thu,st_fri,st_sat,ot_sun,ot_mon,ot_tue,ot_wed,ot_thu,ot_fri,ot_sat,rate_st,rate_ot,"
            + "fringe_credit_per_hour,cash_in_lieu_per_hour,gross_this_project,gross_all_work,deductions_tax,deductions_fica,"
            + "deductions_other,deductions_total,net_pay,resident,address_effective_from,race_ethnicity,gender";

    private PayCsv() {
    }

    /** Straight hours Monday to Friday (Sunday and Saturday off) at one rate; deductions 10% tax, 7.65% FICA. */
    public static String week(String workerId, String rate, List<Integer> monToFri) {
        BigDecimal hours = BigDecimal.valueOf(monToFri.stream().mapToInt(Integer::intValue).sum());
        BigDecimal gross = hours.multiply(new BigDecimal(rate)).setScale(2);
        BigDecimal tax = gross.multiply(new BigDecimal("0.10")).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal fica = gross.multiply(new BigDecimal("0.0765")).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal total = tax.add(fica);
        StringBuilder row = new StringBuilder("1,Rivera,Ana,,").append(workerId).append(",J,,Machine operator,");
        row.append(',');
        monToFri.forEach(h -> row.append(h).append(','));
        row.append(",,,,,,,,").append(rate).append(",,0,0,").append(gross).append(',').append(gross).append(',').append(tax)
                .append(',').append(fica).append(",0,").append(total).append(',').append(gross.subtract(total)).append(",,,,");
        return HEADER + "\n" + row + "\n";
    }
}

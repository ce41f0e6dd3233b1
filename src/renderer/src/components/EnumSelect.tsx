import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { choiceMatches } from '@shared/domain/choiceSynonyms';
import { ENUM_CATALOG, type EnumCode, type EnumName } from '@shared/i18n';

type EnumSelectProps<N extends EnumName> = Omit<SelectProps<EnumCode<N>>, 'options' | 'mode'> & {
  enumName: N;
  /** Prefix labels with the code, e.g. "C 制造业" for GB/T 4754 sections. */
  showCode?: boolean;
};

/**
 * A select over one enumeration with labels in the user's language (enums.<name>.<code>).
 * Searching matches either language's label and the words offices use for a choice
 * (国企 finds 国有企业, 民企 finds 民营企业): see src/shared/domain/choiceSynonyms.
 */
export function EnumSelect<N extends EnumName>({ enumName, showCode = false, ...rest }: EnumSelectProps<N>) {
  const { t } = useTranslation();
  const codes: readonly EnumCode<N>[] = ENUM_CATALOG[enumName];
  const options = codes.map((code) => {
    const label = t(`enums.${enumName}.${code}`);
    return { value: code, label: showCode ? `${code} ${label}` : label };
  });
  const filterOption = (input: string, option?: { value?: unknown }): boolean =>
    typeof option?.value === 'string' && choiceMatches(enumName, option.value, input);
  return <Select<EnumCode<N>> allowClear showSearch={{ filterOption }} options={options} {...rest} />;
}

import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT, dateFromPicker, dateToPicker } from './dateValue';

export type DateFieldProps = Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'onOk' | 'format' | 'picker' | 'multiple'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  'data-testid'?: string;
};

/**
 * The one date input: antd's DatePicker in the app's locale (zh-CN calendar and wording from
 * the ConfigProvider), typed or picked, holding a 'YYYY-MM-DD' string so forms and schemas
 * never see dayjs. Never the browser's native date input, whose mm/dd/yyyy ignores the app's language.
 */
export function DateField({ value, onChange, style, ...rest }: DateFieldProps) {
  return (
    <DatePicker
      {...rest}
      format={DATE_FORMAT}
      value={dateToPicker(value)}
      onChange={(d) => onChange?.(dateFromPicker(d))}
      style={{ width: '100%', ...style }}
    />
  );
}

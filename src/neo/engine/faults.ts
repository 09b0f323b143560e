/**
 * Fault messages in the text .NET gives the exceptions neo throws (what neo's RPC shows as
 * `exception`): ArgumentException and its subclasses end with " (Parameter 'name')";
 * ArgumentOutOfRangeException defaults to "Specified argument was out of the range of valid
 * values."; the `ThrowIf…` guards add a line "Actual value was V.".
 */
import { VMFault } from '../../neovm/index.js';

const OUT_OF_RANGE = 'Specified argument was out of the range of valid values.';

/** `new ArgumentException(message, nameof(param))`. */
export function argumentFault(message: string, param: string): VMFault {
  return new VMFault(`${message} (Parameter '${param}')`);
}

/** `new ArgumentOutOfRangeException(nameof(param), message)`. */
export function outOfRangeFault(param: string, message = OUT_OF_RANGE): VMFault {
  return argumentFault(message, param);
}

/** `ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(param))`. */
export function negativeFault(param: string, value: bigint): VMFault {
  return new VMFault(
    `${param} ('${value}') must be a non-negative value. (Parameter '${param}')\nActual value was ${value}.`,
  );
}

/** `ArgumentOutOfRangeException.ThrowIfNotEqual(value, other)` for the argument `param`. */
export function notEqualFault(param: string, value: bigint | number, other: bigint | number): VMFault {
  return new VMFault(
    `${param} ('${value}') must be equal to '${other}'. (Parameter '${param}')\nActual value was ${value}.`,
  );
}

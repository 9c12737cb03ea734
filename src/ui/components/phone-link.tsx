/** @module A phone number or email people can tap: tel: and mailto: links that never wrap inside the number. */

export function PhoneLink({ tel, display }: { tel: string; display: string }) {
  return (
    <a class="usa-link nowrap" href={tel}>
      {display}
    </a>
  );
}

export function EmailLink({ address }: { address: string }) {
  return (
    <a class="usa-link nowrap" href={`mailto:${address}`}>
      {address}
    </a>
  );
}

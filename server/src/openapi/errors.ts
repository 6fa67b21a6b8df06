// The error answers moved to the contract with the endpoint declarations (@ketnoi/contract/endpoint).
export { ErrorBody } from '@ketnoi/contract';
export { errorResponses as ErrorResponses, type ErrorStatus } from '@ketnoi/contract/endpoint';
